public class StackMachineVm {
    static final int PUSH = 0, ADD = 1, SUB = 2, MUL = 3, JZ = 4, JMP = 5, DUP = 6, SWAP = 7, PRINT = 8, HALT = 9, OVER = 10, DROP = 11;
    static long run(int[] code) {
        long[] st = new long[64]; int sp = 0, pc = 0; long steps = 0;
        while (true) {
            steps++;
            int op = code[pc++];
            switch (op) {
                case PUSH: st[sp++] = code[pc++]; break;
                case ADD: sp--; st[sp - 1] += st[sp]; break;
                case SUB: sp--; st[sp - 1] -= st[sp]; break;
                case MUL: sp--; st[sp - 1] *= st[sp]; break;
                case JZ: { int target = code[pc++]; if (st[--sp] == 0) pc = target; break; }
                case JMP: pc = code[pc]; break;
                case DUP: st[sp] = st[sp - 1]; sp++; break;
                case SWAP: { long t = st[sp - 1]; st[sp - 1] = st[sp - 2]; st[sp - 2] = t; break; }
                case OVER: st[sp] = st[sp - 2]; sp++; break;
                case DROP: sp--; break;
                case PRINT: System.out.println("out " + st[sp - 1]); break;
                case HALT: return steps;
                default: throw new IllegalStateException("bad op " + op);
            }
        }
    }
    public static void main(String[] args) {
        int[] factorial = { PUSH, 1, PUSH, 20, DUP, JZ, 17, DUP, PRINT, DROP, SWAP, OVER, MUL, SWAP, PUSH, 1, SUB, JMP, 4, HALT };
        factorial[6] = 19; factorial[16] = SUB; factorial[17] = JMP; factorial[18] = 4; factorial[19] = HALT;
        int[] fixed = { PUSH, 1, PUSH, 20, DUP, JZ, 18, SWAP, OVER, MUL, SWAP, PUSH, 1, SUB, JMP, 4, HALT, HALT, DROP, PRINT, HALT };
        System.out.println("steps " + run(fixed));
        try { run(new int[] { PUSH, 3, 42 }); } catch (IllegalStateException e) { System.out.println(e.getMessage()); }
    }
}
