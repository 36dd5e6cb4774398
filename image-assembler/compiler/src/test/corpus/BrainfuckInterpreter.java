public class BrainfuckInterpreter {
    static String run(String prog) {
        byte[] tape = new byte[300]; int ptr = 0; StringBuilder out = new StringBuilder(); int[] jump = new int[prog.length()]; int[] st = new int[prog.length()]; int sp = 0;
        for (int i = 0; i < prog.length(); i++) { if (prog.charAt(i) == '[') st[sp++] = i; else if (prog.charAt(i) == ']') { int j = st[--sp]; jump[i] = j; jump[j] = i; } }
        long steps = 0;
        for (int pc = 0; pc < prog.length(); pc++) {
            steps++;
            switch (prog.charAt(pc)) {
                case '>': ptr++; break; case '<': ptr--; break;
                case '+': tape[ptr]++; break; case '-': tape[ptr]--; break;
                case '.': out.append((char) (tape[ptr] & 0xFF)); break;
                case '[': if (tape[ptr] == 0) pc = jump[pc]; break;
                case ']': if (tape[ptr] != 0) pc = jump[pc]; break;
                default:
            }
        }
        return out + " (" + steps + " steps)";
    }
    public static void main(String[] args) {
        System.out.println(run("++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+."));
        System.out.println(run("++++++++++[>+++++++>++++++++++<<-]>++.>+.+++++++..+++."));
        System.out.println(run("-[------->+<]>-.-[->+++++<]>++.+++++++..+++."));
    }
}
