/** Copies of every length from 0 to 40 bytes, of each element size, forwards and backwards within one array and between arrays, at every small offset. */
public class SmallArrayCopies {
    static long digest;

    static void mix(long v) {
        digest = digest * 1_000_003L + v;
    }

    public static void main(String[] args) {
        for (int length = 0; length <= 40; length++) {
            for (int from = 0; from < 4; from++) {
                for (int to = 0; to < 4; to++) {
                    byte[] b = new byte[48];
                    for (int i = 0; i < b.length; i++) {
                        b[i] = (byte) (i * 7 + 1);
                    }
                    System.arraycopy(b, from, b, to, length);
                    for (byte x : b) {
                        mix(x);
                    }
                    char[] c = new char[48];
                    for (int i = 0; i < c.length; i++) {
                        c[i] = (char) (i * 4099 + 3);
                    }
                    if (length <= 20) {
                        System.arraycopy(c, from, c, to, length);
                    }
                    for (char x : c) {
                        mix(x);
                    }
                    int[] n = new int[24];
                    long[] l = new long[24];
                    for (int i = 0; i < n.length; i++) {
                        n[i] = i * 0x01010101 + 5;
                        l[i] = i * 0x0101010101010101L - 9;
                    }
                    if (length <= 10) {
                        System.arraycopy(n, from, n, to + 10, length);
                        System.arraycopy(n, from + 10, n, to, length);
                    }
                    if (length <= 5) {
                        System.arraycopy(l, from, l, to, length);
                    }
                    for (int i = 0; i < n.length; i++) {
                        mix(n[i]);
                        mix(l[i]);
                    }
                    short[] s = new short[30];
                    short[] t = new short[30];
                    for (int i = 0; i < s.length; i++) {
                        s[i] = (short) (i * 1000 - 7000);
                    }
                    if (length <= 20) {
                        System.arraycopy(s, from, t, to, length);
                    }
                    for (short x : t) {
                        mix(x);
                    }
                }
            }
        }
        System.out.println("digest " + digest);
        String text = "a\"b\\c{d}e[f]g:h,i";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            sb.append(text.substring(i, i + 1)).append(text, 0, i % 5);
        }
        System.out.println(sb);
        System.out.println(new String(text.toCharArray(), 3, 9) + "|" + text.substring(2, 2) + "|" + "xy".concat("z"));
    }
}
