import java.util.Arrays;
import java.util.IntSummaryStatistics;
import java.util.OptionalDouble;
import java.util.StringTokenizer;

/** Library classes and methods Moka's runtime library lacks, all plain Java in the JDK. */
public class JdkLeafClasses {
    public static void main(String[] args) {
        OptionalDouble mean = OptionalDouble.of(2.5);
        System.out.println(mean + " " + mean.getAsDouble() + " " + OptionalDouble.empty());
        IntSummaryStatistics stats = new IntSummaryStatistics();
        for (int i = 1; i <= 10; i++) {
            stats.accept(i * i);
        }
        System.out.println(stats.getMin() + " " + stats.getMax() + " " + stats.getSum() + " " + stats.getAverage());
        StringTokenizer tokens = new StringTokenizer("a b  c,d", " ,");
        StringBuilder seen = new StringBuilder();
        while (tokens.hasMoreTokens()) {
            seen.append(tokens.nextToken()).append('|');
        }
        System.out.println(seen + " " + tokens.countTokens());
        System.out.println(Arrays.toString(new double[] {1.5, -0.0, Double.NaN}) + " " + Math.toRadians(180) + " "
                + Math.signum(-2.5) + " " + Integer.toUnsignedString(-1) + " " + Long.compareUnsigned(-1, 1));
    }
}
