public class HashFunctions {
    static int crc32(String s) { int crc = 0xFFFFFFFF; for (int i = 0; i < s.length(); i++) { crc ^= s.charAt(i) & 0xFF; for (int k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xEDB88320 & -(crc & 1)); } return ~crc; }
    static long fnv1a64(String s) { long h = 0xcbf29ce484222325L; for (int i = 0; i < s.length(); i++) { h ^= s.charAt(i); h *= 0x100000001b3L; } return h; }
    static int murmurMix(int h) { h ^= h >>> 16; h *= 0x85ebca6b; h ^= h >>> 13; h *= 0xc2b2ae35; h ^= h >>> 16; return h; }
    static int adler32(String s) { int a = 1, b = 0; for (int i = 0; i < s.length(); i++) { a = (a + s.charAt(i)) % 65521; b = (b + a) % 65521; } return (b << 16) | a; }
    static long djb2(String s) { long h = 5381; for (int i = 0; i < s.length(); i++) h = ((h << 5) + h) + s.charAt(i); return h; }
    public static void main(String[] args) {
        String[] in = { "", "a", "abc", "The quick brown fox jumps over the lazy dog", "123456789" };
        for (String s : in) System.out.println("[" + s + "] crc=" + Integer.toHexString(crc32(s)) + " fnv=" + Long.toHexString(fnv1a64(s)) + " adler=" + Integer.toHexString(adler32(s)) + " djb2=" + djb2(s) + " mix=" + murmurMix(s.hashCode()));
        long x = 88172645463325252L; StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) { x ^= x << 13; x ^= x >>> 7; x ^= x << 17; sb.append(x).append(' '); }
        System.out.println("xorshift " + sb);
        int lcg = 42; for (int i = 0; i < 5; i++) { lcg = lcg * 1103515245 + 12345; System.out.print(((lcg >>> 16) & 0x7fff) + " "); } System.out.println();
    }
}
