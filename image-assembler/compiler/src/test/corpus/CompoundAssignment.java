public class CompoundAssignment {
    static int sf = 10;
    int f = 5;
    public static void main(String[] args) {
        int a = 17;
        a += 3; System.out.println(a);
        a -= 25; System.out.println(a);
        a *= -7; System.out.println(a);
        a /= 4; System.out.println(a);
        a %= 6; System.out.println(a);
        a <<= 29; System.out.println(a);
        a >>= 3; System.out.println(a);
        a >>>= 1; System.out.println(a);
        a &= 0xFFF; System.out.println(a);
        a |= 0x1001; System.out.println(a);
        a ^= 0x7777; System.out.println(a);
        long l = 5; l <<= 62; System.out.println(l); l >>= 70; System.out.println(l);
        int i = 0; int j = i++ + ++i; System.out.println(i + " " + j);
        j = i-- - --i; System.out.println(i + " " + j);
        int[] arr = { 1, 2, 3 }; int k = 0;
        arr[k++] += 10; arr[k] *= arr[k++ + 1]; System.out.println(arr[0] + " " + arr[1] + " " + arr[2] + " k=" + k);
        sf += sf++ + ++sf; System.out.println(sf);
        CompoundAssignment o = new CompoundAssignment();
        o.f *= o.f--; System.out.println(o.f);
        o.f = o.f++ + o.f++; System.out.println(o.f);
        char c = 'a'; c += 1; c *= 1; System.out.println(c);
        byte b = 10; b *= 30; System.out.println(b);
        short s = 1000; s *= 100; System.out.println(s);
        int x = 7; x += x++ * x--; System.out.println(x);
    }
}
