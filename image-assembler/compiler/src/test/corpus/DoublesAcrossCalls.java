import java.util.ArrayList;
import java.util.List;

/**
 * Floats and doubles live across calls that are not inlined: recursion, calls through an interface
 * with several implementations, callees that keep their own doubles across their own calls, more
 * live values than there are registers to keep them in, and exceptions thrown through frames that
 * hold doubles, caught both in between and further out.
 */
public class DoublesAcrossCalls {
    interface Step {
        double apply(double x);
    }

    static final class Scale implements Step {
        final double factor;

        Scale(double factor) {
            this.factor = factor;
        }

        public double apply(double x) {
            return x * factor;
        }
    }

    static final class Shift implements Step {
        final double by;

        Shift(double by) {
            this.by = by;
        }

        public double apply(double x) {
            return x + by;
        }
    }

    static final class Chain implements Step {
        final List<Step> steps;

        Chain(List<Step> steps) {
            this.steps = steps;
        }

        public double apply(double x) {
            double lo = x * 0.25;
            double hi = x * 4.0;
            double acc = 0;
            for (Step s : steps) {
                acc += s.apply(x) - lo + hi / 3.0;
            }
            return acc + lo - hi;
        }
    }

    /** Recursion keeps its own doubles across the recursive call: each level must find them intact. */
    static double weave(int depth, double a, double b) {
        if (depth == 0) {
            return a - b;
        }
        double x = a * 1.5 + b;
        double y = b * 0.75 - a;
        double inner = weave(depth - 1, y, x);
        return x * 0.5 + inner * 0.25 - y + a;
    }

    static float weaveFloat(int depth, float a, float b) {
        if (depth == 0) {
            return a * b;
        }
        float x = a + 0.5f * b;
        float inner = weaveFloat(depth - 1, b, x);
        return x - inner * 0.125f + a;
    }

    /** Eight doubles stay live across every call of the loop: more than the registers calls preserve. */
    static double manyLive(Step step, int rounds) {
        double a = 1.0;
        double b = 2.0;
        double c = 3.0;
        double d = 4.0;
        double e = 5.0;
        double f = 6.0;
        double g = 7.0;
        double h = 8.0;
        for (int i = 0; i < rounds; i++) {
            double t = step.apply(a + i);
            a = b + t * 1e-3;
            b = c - t * 2e-3;
            c = d + weave(3, e, f) * 1e-4;
            d = e * 0.999;
            e = f + 0.5;
            f = g * 1.001;
            g = h - 0.25;
            h = a + b + c + d + e + f + g;
            h = h / 7.0;
        }
        return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8;
    }

    static int thrownDepth;

    /** Holds doubles across its own calls, then throws from the bottom of the recursion. */
    static double deepThenThrow(int depth, double v) {
        double keep = v * 3.0 + depth;
        double other = v - depth * 0.5;
        if (depth == 0) {
            thrownDepth++;
            throw new IllegalStateException("bottom reached at " + v);
        }
        double below = deepThenThrow(depth - 1, keep / 2.0);
        return below + keep + other;
    }

    /** Catches what the recursion throws; its callers must still find their doubles. */
    static double catching(double v) {
        try {
            return deepThenThrow(6, v);
        } catch (IllegalStateException e) {
            return -v;
        }
    }

    /** Doubles live across a call into a method that catches: the unwinder skipped every frame in between. */
    static double aroundCatch(double seed) {
        double p = seed * 2.0;
        double q = seed + 10.0;
        double r = seed / 3.0;
        double s = seed - 7.0;
        double t = seed * seed;
        double caught = catching(seed);
        return p + q * 2 + r * 3 + s * 4 + t * 5 + caught;
    }

    /** A handler in the method that holds the doubles reads them after the throw. */
    static double handlerReads(double seed) {
        double p = seed * 2.0;
        double q = seed + 0.5;
        try {
            double r = deepThenThrow(4, p);
            return r + q;
        } catch (IllegalStateException e) {
            return p * 100 + q;
        }
    }

    static int overflowDepth;

    static double overflow(double v) {
        overflowDepth++;
        double w = v * 1.0000001;
        return overflow(w) + w;
    }

    static double aroundOverflow(double seed) {
        double p = seed * 4.0;
        double q = seed - 1.0;
        try {
            return overflow(seed);
        } catch (StackOverflowError e) {
            return p + q;
        }
    }

    /** More float and double arguments than SSE registers carry: the rest go on the stack. */
    static double manyArguments(double a, float b, double c, float d, double e, float f, double g, float h,
                                double i, float j, double k) {
        double keep = a + c + e + g + i + k;
        double mixed = weave(2, a, k) + b + d + f + h + j;
        return keep * 2 + mixed;
    }

    public static void main(String[] args) {
        System.out.println("weave " + weave(20, 1.25, -0.5));
        System.out.println("weaveFloat " + weaveFloat(20, 1.25f, -0.5f));
        List<Step> steps = new ArrayList<>();
        steps.add(new Scale(1.5));
        steps.add(new Shift(-2.0));
        steps.add(new Scale(0.5));
        steps.add(new Shift(3.25));
        Step chain = new Chain(steps);
        System.out.println("manyLive scale " + manyLive(new Scale(1.01), 1000));
        System.out.println("manyLive shift " + manyLive(new Shift(0.125), 1000));
        System.out.println("manyLive chain " + manyLive(chain, 500));
        double total = 0;
        for (int i = 0; i < 50; i++) {
            total += aroundCatch(i * 0.75);
            total += handlerReads(i * 1.5);
        }
        System.out.println("around catch " + total + " thrown " + thrownDepth);
        double overflowed = aroundOverflow(2.5);
        System.out.println("around overflow " + overflowed + " deep " + (overflowDepth > 1000));
        System.out.println("manyArguments " + manyArguments(1.0, 2.0f, 3.0, 4.0f, 5.0, 6.0f, 7.0, 8.0f, 9.0, 10.0f, 11.0));
    }
}
