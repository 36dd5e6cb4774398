package dev.moka.drivers.x86;

import dev.moka.kernel.api.magic.Magic;
import dev.moka.kernel.api.magic.MagicBinding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base for tests that run arch-pack code: binds a fresh {@link FakeMachine} around each test. */
abstract class MagicTestBase {
    final FakeMachine machine = new FakeMachine();

    @BeforeEach
    void bind() {
        Magic.bind(machine);
    }

    @AfterEach
    void unbind() {
        Magic.bind(MagicBinding.UNBOUND);
    }
}
