public class EnumSwitch {
    enum Op { ADD, SUB, MUL }
    static int apply(Op op, int a, int b) {
        switch (op) { case ADD: return a + b; case SUB: return a - b; default: return a * b; }
    }
    public static void main(String[] args) {
        System.out.println(apply(Op.ADD, 3, 4) + " " + apply(Op.SUB, 3, 4) + " " + apply(Op.MUL, 3, 4));
    }
}
