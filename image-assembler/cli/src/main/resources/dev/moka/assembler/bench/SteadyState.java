import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Runs a program's main four times in this JVM with its standard output discarded, and prints how
 * long the fourth run took: HotSpot's steady state, start-up and JIT warm-up excluded.
 */
public final class SteadyState {
    private static final int RUNS = 4;

    public static void main(String[] args) throws Exception {
        Method main = Class.forName(args[0]).getMethod("main", String[].class);
        String[] programArgs = Arrays.copyOfRange(args, 1, args.length);
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        long nanos = 0;
        for (int run = 1; run <= RUNS; run++) {
            long start = System.nanoTime();
            main.invoke(null, (Object) programArgs.clone());
            nanos = System.nanoTime() - start;
        }
        System.setOut(out);
        out.println("steady-ns: " + nanos);
    }
}
