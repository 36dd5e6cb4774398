public class HandlerSeesEarlierAssignment {
    static int sink;

    static int value() {
        return 127;
    }

    static long sequentialTries(int zero) {
        long v = 64L;
        try {
            v = value();
        } catch (RuntimeException e) {
            sink = 1;
        }
        try {
            v = (long) (100 / zero);
        } catch (RuntimeException e) {
            sink = 2;
        }
        return v;
    }

    static String nestedWithFinally(int zero) {
        long v = 64L;
        int count = 3;
        try {
            v -= 65536;
            count = value() / 2;
            try {
                v = value();
            } catch (ArithmeticException e) {
                System.out.println("inner");
            }
        } catch (RuntimeException e) {
            System.out.println("outer");
        } finally {
            try {
                v = (long) (zero % zero);
                count = -1;
            } catch (RuntimeException e) {
                System.out.println("finally caught " + e.getMessage());
            }
        }
        return v + " " + count;
    }

    static double doubles(int[] a) {
        double d = 1.5;
        try {
            d = Math.sqrt(value());
        } catch (RuntimeException e) {
            sink = 3;
        }
        try {
            d = a[5];
        } catch (ArrayIndexOutOfBoundsException e) {
            sink = 4;
        }
        return d;
    }

    static Object references(String s) {
        Object o = "start";
        try {
            o = s.substring(1);
        } catch (RuntimeException e) {
            sink = 5;
        }
        try {
            o = s.substring(10);
        } catch (StringIndexOutOfBoundsException e) {
            sink = 6;
        }
        return o;
    }

    public static void main(String[] args) {
        System.out.println(sequentialTries(0) + " " + sequentialTries(4));
        System.out.println(nestedWithFinally(0));
        System.out.println(doubles(new int[3]) + " " + doubles(new int[8]));
        System.out.println(references("moka") + " " + sink);
    }
}
