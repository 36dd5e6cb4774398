public class BigFactorial {
    static int[] multiply(int[] digits, int len, int k, int[] outLen) {
        int carry = 0;
        for (int i = 0; i < len; i++) { int v = digits[i] * k + carry; digits[i] = v % 10000; carry = v / 10000; }
        while (carry > 0) { digits[len++] = carry % 10000; carry /= 10000; }
        outLen[0] = len; return digits;
    }
    static String show(int[] d, int len) {
        StringBuilder sb = new StringBuilder(); sb.append(d[len - 1]);
        for (int i = len - 2; i >= 0; i--) { String p = String.valueOf(d[i]); for (int z = p.length(); z < 4; z++) sb.append('0'); sb.append(p); }
        return sb.toString();
    }
    public static void main(String[] args) {
        int[] d = new int[200]; d[0] = 1; int[] len = { 1 };
        for (int k = 1; k <= 100; k++) { multiply(d, len[0], k, len); if (k % 20 == 0 || k == 25) { String s = show(d, len[0]); System.out.println(k + "! has " + s.length() + " digits: " + (s.length() > 50 ? s.substring(0, 50) + "..." : s)); } }
        String f100 = show(d, len[0]); int sum = 0; for (int i = 0; i < f100.length(); i++) sum += f100.charAt(i) - '0';
        System.out.println("digit sum " + sum + " hash " + f100.hashCode());
        int[] p = new int[400]; p[0] = 1; int[] pl = { 1 }; for (int i = 0; i < 1000; i++) multiply(p, pl[0], 2, pl);
        String two = show(p, pl[0]); System.out.println("2^1000 digits " + two.length() + " ends " + two.substring(two.length() - 20));
    }
}
