import dev.moka.relibc.sys.RawMemory;
import dev.moka.relibc.Mman;
import dev.moka.relibc.Signal;
import dev.moka.relibc.Spawn;
import dev.moka.relibc.Time;
import dev.moka.relibc.Unistd;
import dev.moka.relibc.Wait;

/**
 * The child of the process-call checks; what it does is its first argument. The ones that wait to
 * be killed first say so on descriptor 3, so that the parent kills them where they wait.
 */
public class VictimUser {
    /** Read by the spinning loop, so that the loop is not cut short. */
    static long spins;

    public static void main(String[] args) {
        switch (args[0]) {
            case "spin" -> {
                ready("spinning");
                while (spins >= 0) {
                    spins++;
                }
                System.exit(3);
            }
            case "read" -> {
                ready("reading");
                byte[] buffer = new byte[16];
                int n = Unistd.read(0, buffer, 0, buffer.length);
                System.out.println("victim read returned " + n);
                System.exit(3);
            }
            case "sleep" -> {
                ready("sleeping");
                Time.nanosleep(100_000_000_000L);
                System.out.println("victim woke up");
                System.exit(3);
            }
            case "waiter" -> {
                int grandchild = Spawn.spawn("initfs:bin/victim", new String[] {"victim", "nap", "100000"}, new String[0],
                        Spawn.FdAction.close(3));
                ready(Integer.toString(grandchild));
                Wait.waitpid(grandchild, new int[1], 0);
                System.out.println("victim waitpid returned");
                System.exit(3);
            }
            case "self" -> {
                int result = Signal.kill(Unistd.getpid(), Signal.SIGTERM);
                System.out.println("victim still alive after killing itself: " + result);
                System.exit(3);
            }
            case "exit" -> System.exit(Integer.parseInt(args[1]));
            case "nap" -> {
                Time.nanosleep(Integer.parseInt(args[1]) * 1_000_000L);
                System.exit(7);
            }
            case "orphaner" -> {
                Spawn.spawn("initfs:bin/victim", new String[] {"victim", "nap", args[1]}, new String[0]);
                Spawn.spawn("initfs:bin/victim", new String[] {"victim", "exit", "8"}, new String[0]);
                Time.nanosleep(100_000_000L); // the second one has ended by now: a zombie init must collect
                System.exit(0);
            }
            case "touch" -> {
                long page = Mman.mmap(0, 4096, Mman.PROT_READ | Mman.PROT_WRITE, Mman.MAP_PRIVATE | Mman.MAP_ANONYMOUS);
                RawMemory.store64(page, 42);
                Mman.munmap(page, 4096);
                System.out.println("victim touches unmapped memory");
                System.out.flush();
                RawMemory.store64(page, 43);
                System.out.println("victim survived a write to unmapped memory");
                System.exit(3);
            }
            case "fpu" -> {
                System.out.println("fpu " + args[1] + ": " + Double.doubleToRawLongBits(
                        compute(Integer.parseInt(args[1]), Integer.parseInt(args[2]))));
                System.exit(0);
            }
            default -> System.exit(99);
        }
    }

    /** Work with doubles that keeps its values in registers for a long time: HotSpot gets the same bits. */
    static double compute(int seed, int iterations) {
        double x = seed;
        double acc = 0;
        double scale = 1.0 / (seed + 3);
        for (int i = 1; i <= iterations; i++) {
            x = x * 0.999999 + 1.0 / i;
            acc = acc * 0.9999 + x * scale - (i & 7) * 0.125;
        }
        return acc + x;
    }

    /** Tells the parent, on descriptor 3, that this process is about to wait. */
    private static void ready(String what) {
        Unistd.writeAll(3, what);
    }
}
