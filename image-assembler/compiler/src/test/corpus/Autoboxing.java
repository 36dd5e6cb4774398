public class Autoboxing {
    static int unbox(Integer i) { return i; }
    static Integer box(int i) { return i; }
    public static void main(String[] args) {
        Integer a = 127, b = 127, c = 128, d = 128;
        System.out.println((a == b) + " " + a.equals(b) + " " + c.equals(d) + " " + (c.intValue() == d.intValue()));
        Integer sum = 0;
        for (int i = 0; i < 10; i++) sum += i;
        System.out.println("sum " + sum + " " + sum.hashCode() + " " + sum.toString() + " " + sum.compareTo(40) + " " + sum.compareTo(50));
        System.out.println(unbox(box(-5)) + " " + box(Integer.MIN_VALUE) + " " + Integer.valueOf("123") + " " + Integer.valueOf("-7f", 16));
        Object o = 42;
        System.out.println((o instanceof Integer) + " " + (o instanceof Number) + " " + ((Number) o).longValue() + " " + o.equals(42) + " " + o.equals("42"));
        Integer n = null;
        System.out.println("n=" + n + " " + (n == null));
        Integer x = 1000; int y = 1000; System.out.println(x == y);
        Integer[] arr = { 3, 1, 2 }; int t = 0; for (Integer v : arr) t = t * 10 + v; System.out.println(t);
        Integer m = 5; m++; m *= 3; System.out.println(m);
        Boolean flag = true; if (flag) System.out.println("flag " + flag + " " + Boolean.valueOf(false) + " " + Boolean.parseBoolean("TRUE"));
        Character ch = 'k'; System.out.println(ch + " " + (char) (ch + 1) + " " + ch.charValue() + " " + ch.equals('k'));
    }
}
