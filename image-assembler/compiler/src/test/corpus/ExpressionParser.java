public class ExpressionParser {
    private final String src; private int pos;
    ExpressionParser(String src) { this.src = src; }
    char peek() { while (pos < src.length() && src.charAt(pos) == ' ') pos++; return pos < src.length() ? src.charAt(pos) : '\0'; }
    long expr() { long v = term(); while (true) { char c = peek(); if (c == '+') { pos++; v += term(); } else if (c == '-') { pos++; v -= term(); } else return v; } }
    long term() { long v = factor(); while (true) { char c = peek(); if (c == '*') { pos++; v *= factor(); } else if (c == '/') { pos++; v /= factor(); } else if (c == '%') { pos++; v %= factor(); } else return v; } }
    long factor() { char c = peek(); if (c == '-') { pos++; return -factor(); } if (c == '(') { pos++; long v = expr(); peek(); pos++; return v; } long v = 0; while (pos < src.length() && src.charAt(pos) >= '0' && src.charAt(pos) <= '9') v = v * 10 + (src.charAt(pos++) - '0'); if (peek() == '^') { pos++; long e = factor(), r = 1; for (long i = 0; i < e; i++) r *= v; return r; } return v; }
    public static void main(String[] args) {
        String[] es = { "1 + 2 * 3", "(1 + 2) * 3", "-7 / 2", "-7 % 3", "2 ^ 10 - 1", "2 ^ 62 + 2 ^ 62", "((((5))))", "100 / 7 / 2", "3 - -3", "9223372036854775807 + 1", "12 * (3 + 4) - 5 % 3" };
        for (String e : es) System.out.println(e + " = " + new ExpressionParser(e).expr());
    }
}
