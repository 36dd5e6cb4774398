// args: 3 4 + 2 x 7 - 10 5 / +
public class RpnCalculator {
    public static void main(String[] args) {
        long[] stack = new long[args.length]; int sp = 0;
        for (String tok : args) {
            if (tok.length() == 1 && "+-x/".indexOf(tok.charAt(0)) >= 0) {
                long b = stack[--sp], a = stack[--sp];
                long r;
                switch (tok.charAt(0)) { case '+': r = a + b; break; case '-': r = a - b; break; case 'x': r = a * b; break; default: r = a / b; }
                stack[sp++] = r;
                System.out.println(a + " " + tok + " " + b + " = " + r);
            } else { stack[sp++] = Integer.parseInt(tok); }
        }
        System.out.println("result " + stack[0] + " depth " + sp);
        System.exit(sp == 1 ? 0 : 2);
    }
}
