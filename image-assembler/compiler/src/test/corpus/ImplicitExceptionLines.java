// Implicit exceptions thrown in the middle of a method (bad index, null field read, division by
// zero, failed cast) are reported at the line of the failing instruction, not the method's last line.
public class ImplicitExceptionLines {
    static final class Box {
        int value;
    }

    static int index(int[] a, int i) {
        int x = a[i];
        x = x * 3;
        System.out.println("after index " + x);
        return x;
    }

    static int field(Box b) {
        int v = b.value;
        v += 2;
        System.out.println("after field " + v);
        return v;
    }

    static int divide(int a, int b) {
        int q = a / b;
        q++;
        System.out.println("after divide " + q);
        return q;
    }

    static String cast(Object o) {
        String s = (String) o;
        s = s + "!";
        System.out.println("after cast " + s);
        return s;
    }

    public static void main(String[] args) {
        index(new int[2], 1);
        try {
            index(new int[2], 5);
        } catch (ArrayIndexOutOfBoundsException e) {
            e.printStackTrace();
        }
        field(new Box());
        try {
            field(null);
        } catch (NullPointerException e) {
            e.printStackTrace();
        }
        divide(7, 2);
        try {
            divide(7, 0);
        } catch (ArithmeticException e) {
            e.printStackTrace();
        }
        try {
            cast(Integer.valueOf(3));
        } catch (ClassCastException e) {
            e.printStackTrace();
        }
        int[] small = new int[1];
        System.out.println(small[args.length + 1]);
        System.out.println("not reached");
    }
}
