public class ArrayIndexArithmetic {
    public static void main(String[] args) {
        int[] a = new int[16];
        for (int i = 0; i < 100; i++) a[(i * 7) & 15] += i;
        StringBuilder sb = new StringBuilder(); for (int x : a) sb.append(x).append(' '); System.out.println(sb);
        long[] l = new long[10]; for (int i = 0; i < 10; i++) l[9 - i] = (long) i * Integer.MAX_VALUE; System.out.println(l[0] + " " + l[9]);
        char[] cs = new char[26]; for (char c = 'a'; c <= 'z'; c++) cs[c - 'a'] = (char) (c ^ 0x20); System.out.println(new String(cs));
        int[] counts = new int[256]; String s = "hello, world! HELLO"; for (int i = 0; i < s.length(); i++) counts[s.charAt(i)]++;
        StringBuilder cnt = new StringBuilder(); for (int c = 0; c < 256; c++) if (counts[c] > 1) cnt.append((char) c).append(counts[c]); System.out.println(cnt);
        byte[] bs = new byte[4]; int v = 0xCAFEBABE; for (int i = 0; i < 4; i++) bs[i] = (byte) (v >>> (24 - 8 * i));
        int back = 0; for (byte b : bs) back = (back << 8) | (b & 0xFF); System.out.println(bs[0] + " " + bs[3] + " " + Integer.toHexString(back));
        int[] fib = new int[47]; fib[1] = 1; for (int i = 2; i < fib.length; i++) fib[i] = fib[i - 1] + fib[i - 2]; System.out.println(fib[46] + " " + fib[fib.length - 1] + " " + fib[fib[5]]);
        int idx = 0; int[] ring = new int[5]; for (int i = 0; i < 23; i++) { ring[idx] = i; idx = (idx + 1) % ring.length; } System.out.println(ring[0] + " " + ring[4] + " " + idx);
    }
}
