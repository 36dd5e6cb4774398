public class StringBuilderCapacity {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5000; i++) { sb.append((char) ('a' + i % 26)); if (i % 1000 == 999) System.out.println(sb.length() + " " + sb.charAt(i) + " " + sb.toString().hashCode()); }
        String big = sb.toString();
        StringBuilder copy = new StringBuilder(big); copy.append(big).append(big);
        System.out.println(copy.length() + " " + copy.toString().substring(14990).length());
        StringBuilder nums = new StringBuilder(); for (long v = 1; v > 0 && v < Long.MAX_VALUE / 3; v = v * 3 + 1) nums.append(v).append(','); System.out.println(nums);
        sb.setLength(10); sb.append("|end"); System.out.println(sb);
        String s = ""; for (int i = 0; i < 300; i++) s = s + (i % 10); System.out.println(s.length() + " " + s.hashCode());
    }
}
