public class NullElementOfComputedIndex {
    static String[] names = {"a", null};

    public static void main(String[] args) {
        Object[] values = new String[] {"t42", "b4", null};
        int i = 4;
        try {
            System.out.println(values[((++i) & 0x7fffffff) % values.length].hashCode());
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        try {
            System.out.println(names[i - 4].length());
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        try {
            System.out.println(values[2].toString());
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
    }
}
