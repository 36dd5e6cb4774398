public class ArrayCopyPrimitives {
    static String show(int[] a) { StringBuilder sb = new StringBuilder(); for (int x : a) sb.append(x).append(' '); return sb.toString(); }
    public static void main(String[] args) {
        int[] a = { 1, 2, 3, 4, 5, 6, 7, 8 };
        int[] b = new int[10];
        System.arraycopy(a, 0, b, 1, 8);
        System.out.println(show(b));
        System.arraycopy(a, 0, a, 2, 6);
        System.out.println(show(a));
        int[] c = { 1, 2, 3, 4, 5, 6, 7, 8 };
        System.arraycopy(c, 3, c, 0, 5);
        System.out.println(show(c));
        long[] l = { 1L << 40, 2, 3 }; long[] l2 = new long[3];
        System.arraycopy(l, 0, l2, 0, 3); System.out.println(l2[0] + " " + l2[2]);
        char[] cs = "hello world".toCharArray(); char[] dst = new char[5];
        System.arraycopy(cs, 6, dst, 0, 5); System.out.println(new String(dst));
        byte[] bs = { 1, -2, 3 }; byte[] bd = new byte[3]; System.arraycopy(bs, 0, bd, 0, 3); System.out.println(bd[1]);
        short[] ss = { 300, -300 }; short[] sd = new short[2]; System.arraycopy(ss, 0, sd, 0, 2); System.out.println(sd[0] + sd[1]);
        boolean[] zs = { true, false, true }; boolean[] zd = new boolean[3]; System.arraycopy(zs, 1, zd, 0, 2); System.out.println(zd[0] + " " + zd[1] + " " + zd[2]);
        System.arraycopy(a, 0, b, 0, 0); System.out.println(show(b));
    }
}
