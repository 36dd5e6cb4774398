public class BoxingIdentity {
    public static void main(String[] args) {
        Integer a = 127, b = 127, c = 128, d = 128, e = -128, f = -128, g = -129, h = -129;
        System.out.println((a == b) + " " + (c == d) + " " + (e == f) + " " + (g == h));
        Integer x = Integer.valueOf(1000), y = Integer.valueOf(1000); System.out.println((x == y) + " " + x.equals(y));
        Boolean t1 = true, t2 = Boolean.valueOf(true); System.out.println((t1 == t2) + " " + (t1 == Boolean.TRUE));
        Character c1 = 'a', c2 = 'a', c3 = '\u1234', c4 = '\u1234'; System.out.println((c1 == c2) + " " + (c3 == c4));
        Long l1 = 100L, l2 = 100L, l3 = 1000L, l4 = 1000L; System.out.println((l1 == l2) + " " + (l3 == l4));
        Short s1 = 100, s2 = 100; Byte b1 = 1, b2 = 1; System.out.println((s1 == s2) + " " + (b1 == b2));
    }
}
