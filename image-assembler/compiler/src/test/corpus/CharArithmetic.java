public class CharArithmetic {
    public static void main(String[] args) {
        StringBuilder up = new StringBuilder(), low = new StringBuilder();
        for (char c = 'a'; c <= 'z'; c++) { up.append((char) (c - 32)); if (c % 5 == 0) low.append(c); }
        System.out.println(up + " " + low);
        char c = 'A'; c += 25; System.out.println(c + " " + (int) c + " " + (c + 1) + " " + (char) (c + 1) + " " + ++c);
        int digitSum = 0; String num = "9081726354"; for (int i = 0; i < num.length(); i++) digitSum += num.charAt(i) - '0'; System.out.println(digitSum);
        char max = '\uffff', min = '\u0000'; System.out.println((int) max + " " + (int) min + " " + (int) (char) (max + 1) + " " + (max > min));
        System.out.println(Character.isDigit('7') + " " + Character.isLetter('q') + " " + Character.toUpperCase('m') + " " + Character.toLowerCase('M') + " " + Character.isWhitespace(' ') + " " + Character.digit('f', 16) + " " + Character.forDigit(11, 16));
        char[] hex = new char[8]; int v = 0xDEADBEEF; for (int i = 7; i >= 0; i--) { hex[i] = "0123456789ABCDEF".charAt(v & 15); v >>>= 4; } System.out.println(new String(hex));
        char x = 'x'; switch (x) { case 'a' -> System.out.println("a"); case 'x' -> System.out.println("found x"); default -> System.out.println("?"); }
        System.out.println('a' < 'b' ? "lt" : "ge");
        System.out.println((char) 65 + "" + (char) 97 + (char) ('0' + 7));
    }
}
