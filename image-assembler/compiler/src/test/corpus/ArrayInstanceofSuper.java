public class ArrayInstanceofSuper {
    public static void main(String[] args) {
        Object o = new String[1];
        System.out.println(o instanceof Object[]);
        System.out.println(o instanceof CharSequence[]);
        System.out.println(o instanceof Comparable[]);
        CharSequence[] cs = (CharSequence[]) o;
        System.out.println(cs.length);
    }
}
