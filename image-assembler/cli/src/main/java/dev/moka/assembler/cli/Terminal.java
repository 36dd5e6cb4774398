package dev.moka.assembler.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether a person types at this process: its standard input and output are a terminal. */
final class Terminal {
    private Terminal() {
    }

    /** @return true when standard input and output are a terminal */
    static boolean isInteractive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        // From Java 22 a console exists for pipes too; isTerminal() tells them apart. On 21 a console
        // exists only for a terminal.
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException java21) {
            return true;
        } catch (ReflectiveOperationException | ClassCastException unexpected) {
            return false;
        }
    }
}
