public class ArrayCovariance {
    static class Fruit { String n() { return "fruit"; } }
    static class Apple extends Fruit { String n() { return "apple"; } }
    static int count(Fruit[] fs) { int c = 0; for (Fruit f : fs) if (f != null) c++; return c; }
    public static void main(String[] args) {
        Apple[] apples = { new Apple(), new Apple(), null };
        Fruit[] fruits = apples;
        System.out.println(count(fruits) + " " + fruits[0].n());
        Object[] objs = fruits;
        System.out.println((objs instanceof Fruit[]) + " " + (objs instanceof Apple[]) + " " + (objs instanceof String[]));
        Object o = apples;
        System.out.println((o instanceof Object[]) + " " + (o instanceof Fruit[]));
        Object ints = new int[3];
        System.out.println((ints instanceof int[]) + " " + (ints instanceof Object[]) + " " + (ints instanceof long[]));
        int[] back = (int[]) ints; back[2] = 5; System.out.println(back[2]);
        Apple[] again = (Apple[]) objs; System.out.println(again.length);
        fruits[2] = new Apple(); System.out.println(apples[2].n());
        CharSequence[] cs = new String[] { "a", "bc" };
        System.out.println(cs[1].length() + " " + (cs instanceof String[]));
        Comparable[] cmp = new String[] { "x" }; System.out.println(cmp.length + " " + (cmp instanceof Object[]));
    }
}
