package dev.moka.assembler.compiler.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.compiler.front.ClassPool;
import dev.moka.assembler.compiler.ir.ConstantOperands;
import dev.moka.assembler.compiler.ir.CopyCoalescing;
import dev.moka.assembler.compiler.ir.Insn;
import dev.moka.assembler.compiler.ir.IrBuilder;
import dev.moka.assembler.compiler.ir.IrMethod;
import dev.moka.assembler.compiler.ir.LocalRenaming;
import dev.moka.assembler.compiler.model.World;
import dev.moka.assembler.compiler.regalloc.Allocation;
import dev.moka.assembler.compiler.regalloc.LinearScan;
import dev.moka.assembler.compiler.regalloc.Location;
import dev.moka.assembler.linux.LinuxExecutableBuilder;
import dev.moka.assembler.x86.Reg;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store check of a reference array store ({@code aastore}) calls the runtime with the array in
 * RDI and the value in RSI. The array and the value are operands of the store, so the allocator may
 * have put them in those very registers (a short-lived value gets a caller-saved register); the
 * check must not overwrite either before it has passed both on.
 */
class ReferenceArrayStoreTest {
    /** Compiled to a Linux executable by the test; its stores take the runtime's store check. */
    static final class Program {
        private Program() {
        }

        /**
         * The longs are allocated first (the parameters' intervals all start at the entry, in
         * argument order) and are live at the store's index, so they hold R10, R9 and R8: the
         * array gets RDI and the value RSI.
         */
        static void arrayInRdi(long p, long q, long r, Object[] array, Object value, int i) {
            array[i + (int) (p ^ q ^ r)] = value;
        }

        /** As above with the value in RDI and the array in RSI. */
        static void valueInRdi(long p, long q, long r, Object value, Object[] array, int i) {
            array[i + (int) (p ^ q ^ r)] = value;
        }

        public static void main(String[] args) {
            Object[] objects = new Object[2];
            arrayInRdi(5, 6, 3, objects, "first", 0);
            valueInRdi(5, 6, 3, "second", objects, 1);
            System.out.println(objects[0] + " " + objects[1]);
            Object[] strings = new String[1];
            try {
                arrayInRdi(0, 0, 0, strings, Integer.valueOf(7), 0);
                System.out.println("stored an Integer into a String[]");
            } catch (ArrayStoreException e) {
                System.out.println("refused " + e.getClass().getName());
            }
            try {
                valueInRdi(0, 0, 0, Integer.valueOf(8), strings, 0);
                System.out.println("stored an Integer into a String[]");
            } catch (ArrayStoreException e) {
                System.out.println("refused " + e.getClass().getName());
            }
        }
    }

    @TempDir
    Path work;

    private static Path testClasses() throws Exception {
        return Path.of(Program.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** The registers the store's operands get once the local passes have run, as in a real build. */
    private static Reg[] storeOperands(String method, String descriptor) {
        World world = new World(new ClassPool(List.of()));
        IrMethod ir = IrBuilder.build(world,
                world.resolveMethod(Program.class.getName().replace('.', '/'), method, descriptor));
        LocalRenaming.run(ir);
        CopyCoalescing.run(ir);
        ConstantOperands.run(ir);
        Allocation allocation = LinearScan.allocate(ir);
        Insn.ArrayStore store = ir.blocks().stream().flatMap(b -> b.insns().stream())
                .filter(Insn.ArrayStore.class::isInstance).map(Insn.ArrayStore.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no array store in\n" + ir.dump()));
        return new Reg[] {register(allocation.of(store.array())), register(allocation.of(store.value()))};
    }

    private static Reg register(Location location) {
        return location instanceof Location.InReg r ? r.reg() : null;
    }

    @Test
    void operandsSitInTheRuntimesArgumentRegisters() {
        // Guards the next test: it only tests something while the allocator makes these choices.
        Reg[] first = storeOperands("arrayInRdi", "(JJJ[Ljava/lang/Object;Ljava/lang/Object;I)V");
        assertEquals(List.of(Reg.RDI, Reg.RSI), List.of(first), "array and value of arrayInRdi");
        Reg[] second = storeOperands("valueInRdi", "(JJJLjava/lang/Object;[Ljava/lang/Object;I)V");
        assertEquals(List.of(Reg.RSI, Reg.RDI), List.of(second), "array and value of valueInRdi");
    }

    @Test
    void storeCheckKeepsArrayAndValueInArgumentRegisters() throws Exception {
        Path exe = work.resolve("stores");
        Files.write(exe, LinuxExecutableBuilder.build(List.of(testClasses()), Program.class.getName()));
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path out = work.resolve("stores.out");
        Path err = work.resolve("stores.err");
        Process p = new ProcessBuilder(exe.toString()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the program did not finish");
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), "exit status; standard error:\n" + stderr);
        assertEquals("first second\nrefused java.lang.ArrayStoreException\nrefused java.lang.ArrayStoreException\n",
                Files.readString(out, StandardCharsets.UTF_8));
        assertEquals("", stderr);
    }
}
