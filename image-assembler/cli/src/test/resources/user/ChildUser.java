import dev.moka.relibc.Unistd;

/**
 * A child: says who it is and exits with the code it was given; "spin" keeps the CPU busy a while
 * first; "lines" writes 8,000 numbered lines to its standard output instead.
 */
public class ChildUser {
    /** More than a pipe holds (64 KiB), so the writer must wait for the reader. */
    static final int LINES = 8000;

    public static void main(String[] args) {
        long spins = 0;
        if (args[1].equals("lines")) {
            for (int i = 0; i < LINES; i++) {
                System.out.println("line " + i);
            }
            System.exit(0);
        }
        if (args[1].equals("spin")) {
            for (long i = 0; i < 30_000_000L; i++) {
                spins += i & 1;
            }
        }
        System.out.println("child " + args[1] + " is pid " + Unistd.getpid() + " of " + Unistd.getppid()
                + (spins > 0 ? " after spinning" : "") + ", FROM=" + System.getenv("FROM"));
        System.exit(Integer.parseInt(args[0]));
    }
}
