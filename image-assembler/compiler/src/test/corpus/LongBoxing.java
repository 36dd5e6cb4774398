public class LongBoxing {
    public static void main(String[] args) {
        Long a = 5L; Long b = 1L << 40; Object o = a;
        System.out.println(a + " " + b + " " + (o instanceof Long) + " " + a.equals(5L) + " " + a.hashCode() + " " + b.hashCode() + " " + Long.valueOf(7).longValue());
        Short s = 3; Byte by = 4; System.out.println(s + " " + by + " " + (s + by));
    }
}
