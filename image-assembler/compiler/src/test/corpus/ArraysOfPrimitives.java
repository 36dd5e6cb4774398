public class ArraysOfPrimitives {
    public static void main(String[] args) {
        byte[] b = new byte[5]; short[] s = new short[5]; char[] c = new char[5]; int[] i = new int[5]; long[] l = new long[5]; boolean[] z = new boolean[5];
        for (int k = 0; k < 5; k++) { b[k] = (byte) (k * 100); s[k] = (short) (k * 20000); c[k] = (char) ('a' + k * 7); i[k] = k * 1000000000; l[k] = (long) k << 60; z[k] = k % 2 == 0; }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 5; k++) sb.append(b[k]).append(' ').append(s[k]).append(' ').append(c[k]).append(' ').append(i[k]).append(' ').append(l[k]).append(' ').append(z[k]).append('\n');
        System.out.print(sb);
        System.out.println(b.length + s.length + c.length + i.length + l.length + z.length);
        int[] defaults = new int[3]; long[] ld = new long[2]; boolean[] bd = new boolean[2]; char[] cd = new char[2];
        System.out.println(defaults[0] + " " + ld[1] + " " + bd[0] + " " + (int) cd[1]);
        int[] init = { 5, 4, 3, 2, 1 };
        for (int a = 0; a < init.length; a++) for (int d = 0; d < init.length - 1 - a; d++) if (init[d] > init[d + 1]) { int t = init[d]; init[d] = init[d + 1]; init[d + 1] = t; }
        System.out.println(init[0] + "" + init[1] + init[2] + init[3] + init[4]);
        char[] word = { 'h', 'e', 'l', 'l', 'o' };
        System.out.println(word);
        System.out.println(new String(word, 1, 3));
        byte[] bytes = { -1, -128, 127 }; int sum = 0; for (byte x : bytes) sum += x; System.out.println(sum);
        short[] sh = { 32767, -32768 }; System.out.println(sh[0] + sh[1]);
        int[] empty = new int[0]; System.out.println(empty.length);
        b[0] += 200; c[0]++; s[1] -= 1; System.out.println(b[0] + " " + c[0] + " " + s[1]);
    }
}
