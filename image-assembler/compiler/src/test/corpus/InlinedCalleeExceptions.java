// Exceptions thrown inside small callees, which the compiler inlines into their callers: caught by
// the caller, by the callee's own handlers first, through try/finally in callee and caller, through
// two and three levels of inlining, in loops, and with the caller's locals read by its handlers.
public class InlinedCalleeExceptions {
    static final int[] DATA = {1, 2, 3};
    static int log;

    static int at(int[] a, int i) {
        return a[i];
    }

    static int divide(int a, int b) {
        return a / b;
    }

    static int checked(int v) {
        if (v < 0) {
            throw new IllegalArgumentException("negative: " + v);
        }
        return v * 2;
    }

    static int guarded(int[] a, int i) {
        try {
            return at(a, i);
        } catch (ArrayIndexOutOfBoundsException e) {
            return -1;
        }
    }

    static int withFinally(int v) {
        try {
            return checked(v);
        } finally {
            log = log * 10 + 1;
        }
    }

    static int nested(int v) {
        return withFinally(v) + 1;
    }

    static int deeper(int v) {
        return nested(v) * 3;
    }

    static int rethrow(int v) {
        try {
            return checked(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("wrapped", e);
        }
    }

    static int length(Object o) {
        return ((String) o).length();
    }

    static int onlyArithmetic(int v) {
        try {
            return at(DATA, v);
        } catch (ArithmeticException e) {
            return -100;
        }
    }

    static final class Counter {
        private final int[] slots = new int[4];
        private int total;

        void add(int slot, int amount) {
            slots[slot] += amount;
            total += amount;
        }

        int get(int slot) {
            return slots[slot];
        }
    }

    public static void main(String[] args) {
        for (int i = -1; i <= 3; i++) {
            try {
                System.out.println("at " + i + " = " + at(DATA, i));
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println("at " + i + ": " + e.getMessage());
            }
        }
        for (int d = 2; d >= 0; d--) {
            try {
                System.out.println("divide 6/" + d + " = " + divide(6, d));
            } catch (ArithmeticException e) {
                System.out.println("divide: " + e.getMessage());
            }
        }
        System.out.println("guarded " + guarded(DATA, 1) + " " + guarded(DATA, 7));
        for (int v : new int[] {4, -4}) {
            log = 0;
            try {
                System.out.println("nested " + nested(v));
            } catch (IllegalArgumentException e) {
                System.out.println("nested: " + e.getMessage());
            } finally {
                log = log * 10 + 2;
            }
            System.out.println("log " + log);
        }
        try {
            System.out.println("deeper " + deeper(5) + " " + deeper(-5));
        } catch (RuntimeException e) {
            System.out.println("deeper: " + e + " log " + log);
        }
        try {
            rethrow(-3);
        } catch (IllegalStateException e) {
            System.out.println("rethrow: " + e.getMessage() + " caused by " + e.getCause());
        } catch (RuntimeException e) {
            System.out.println("wrong handler " + e);
        }
        for (Object o : new Object[] {"four", Integer.valueOf(4)}) {
            try {
                System.out.println("length " + length(o));
            } catch (ClassCastException e) {
                System.out.println("length: " + e.getMessage());
            }
        }
        try {
            System.out.println(onlyArithmetic(1));
            System.out.println(onlyArithmetic(9));
        } catch (IndexOutOfBoundsException e) {
            System.out.println("the callee's handler does not match, the caller's does: " + e.getMessage());
        }
        int progress = 0;
        long sum = 0;
        try {
            for (int i = 0; i < 10; i++) {
                progress = i;
                sum += at(DATA, i) * 10L + divide(12, 3 - i);
            }
        } catch (ArithmeticException | ArrayIndexOutOfBoundsException e) {
            System.out.println("stopped at " + progress + " sum " + sum + ": " + e.getClass().getName());
        }
        Counter counter = new Counter();
        int failures = 0;
        for (int i = 0; i < 12; i++) {
            try {
                counter.add(i % 6, i);
            } catch (ArrayIndexOutOfBoundsException e) {
                failures++;
                continue;
            }
            counter.add(0, 1);
        }
        System.out.println("counter " + counter.get(0) + " " + counter.get(1) + " " + counter.get(3) + " total "
                + counter.total + " failures " + failures);
        try {
            System.out.println(counter.get(9));
        } catch (RuntimeException e) {
            System.out.println("get: " + e);
        }
    }
}
