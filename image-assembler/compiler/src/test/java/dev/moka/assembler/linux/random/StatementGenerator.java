package dev.moka.assembler.linux.random;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes random statements into a method body. In a case ({@code label} not null) statements may
 * print and fold values into the case's {@code chk} checksum; in helpers and virtual methods they only
 * compute. Every loop runs at most a handful of times.
 */
final class StatementGenerator {
    private static final int MAX_LOOP_NESTING = 2;

    private final Random r;
    private final GeneratorSettings settings;
    private final ProgramShape shape;
    private final Scope scope;
    private final ExpressionGenerator expr;
    private final ReferenceArrays refs;
    private final HandlerStatements handlers;
    private final String label;
    private int prints;
    /** What a {@code return} in this method returns; null in a case, whose {@code return} is bare. */
    private JType result;
    /** How many elements an array literal may have. */
    private int literalLength = 4;

    /**
     * @param label the prefix of printed lines ({@code "c3"}), or null where nothing may be printed
     */
    StatementGenerator(Random r, GeneratorSettings settings, ProgramShape shape, Scope scope, int callableHelpers,
            String label) {
        this.r = r;
        this.settings = settings;
        this.shape = shape;
        this.scope = scope;
        this.expr = new ExpressionGenerator(r, settings, shape, scope, callableHelpers);
        this.refs = new ReferenceArrays(r, settings, shape, scope, expr, label != null);
        this.handlers = new HandlerStatements(r, this, scope, expr);
        this.label = label;
    }

    ExpressionGenerator expressions() {
        return expr;
    }

    ReferenceArrays referenceArrays() {
        return refs;
    }

    /** @param type what the method returns: its {@code return} statements then carry a value */
    void returning(JType type) {
        this.result = type;
    }

    /** @param length how many elements array literals may have from now on (long cases build big ones) */
    void literalLength(int length) {
        this.literalLength = length;
    }

    /** Whether this method may print: only cases do. */
    boolean prints() {
        return label != null;
    }

    /** A block of {@code count} statements at nesting {@code depth}; what it declares ends with it. */
    List<Stmt> block(int count, int depth) {
        scope.push();
        List<Stmt> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            emit(out, depth);
        }
        scope.pop();
        return out;
    }

    /** Appends {@code count} statements at the method's top level, where their declarations stay visible. */
    void emitTopLevel(List<Stmt> out, int count, int depth) {
        for (int i = 0; i < count; i++) {
            emit(out, depth);
        }
    }

    /** Declares a variable of type {@code t} initialised by a random expression. */
    void declare(List<Stmt> out, JType t) {
        String name = scope.fresh("v");
        out.add(new Stmt.Simple(t.java() + " " + name + " = " + valueOf(t, 2) + ";"));
        scope.add(new Scope.Var(name, t, true));
    }

    /** Folds the most recent variables into {@code chk} and prints it with them. */
    Stmt state() {
        List<Scope.Var> vars = scope.vars();
        List<Scope.Var> shown = vars.subList(Math.max(0, vars.size() - 6), vars.size());
        // trail records which finally blocks ran, in order, also in the helpers this case called.
        StringBuilder code = new StringBuilder("chk = chk * 31 + trail; ");
        StringBuilder text = new StringBuilder();
        for (Scope.Var v : shown) {
            code.append("chk = chk * 31 + ").append(asLong(v.name(), v.type())).append("; ");
            text.append(" + \" \" + ").append(v.type() == JType.CHAR ? "(int) " + v.name() : v.name());
        }
        code.append("System.out.println(\"").append(nextLabel()).append(" \" + chk").append(text).append(");");
        return new Stmt.Simple(code.toString());
    }

    private void emit(List<Stmt> out, int depth) {
        // Compound statements get rarer with depth, so a case stays a few dozen lines long.
        boolean nest = depth < 2 && r.nextInt(depth + 2) == 0;
        int kind = nest ? 17 + r.nextInt(11) : r.nextInt(17);
        switch (kind) {
            case 0, 1 -> declare(out, expr.anyType());
            case 2, 3, 4 -> assign(out);
            case 5 -> declareArray(out);
            case 6 -> storeArray(out);
            case 7 -> declareObject(out);
            case 8 -> {
                if (label != null) {
                    JType t = expr.anyType();
                    out.add(new Stmt.Simple("System.out.println(\"" + nextLabel() + " \" + " + expr.printable(t, 3) + ");"));
                } else {
                    assign(out);
                }
            }
            case 9 -> out.add(new Stmt.Simple("if (" + expr.rarely(2) + ") throw new Fault(" + expr.of(JType.INT, 2) + ");"));
            case 10 -> jump(out);
            case 11 -> call(out);
            case 12 -> dumpArray(out);
            case 13 -> {
                if (label != null) {
                    out.add(state());
                } else {
                    assign(out);
                }
            }
            case 14 -> out.add(r.nextBoolean() ? refs.store() : refs.declare(literalLength));
            case 15 -> {
                // Only cases keep a checksum; elsewhere an array of references is only written.
                if (label == null) {
                    out.add(refs.store());
                } else {
                    out.add(r.nextInt(3) == 0 ? refs.dump() : refs.use(nextLabel()));
                }
            }
            case 16 -> out.add(guardedReturn());
            case 17, 18 -> ifElse(out, depth);
            case 19, 20 -> loop(out, depth);
            case 21, 22 -> switchStatement(out, depth);
            default -> out.add(handlers.tryStatement(depth));
        }
    }

    /** {@code if (rarely) return ...;}: leaves the method early, through any enclosing finally. */
    Stmt guardedReturn() {
        String value = result == null ? "" : " " + expr.result(result, 2);
        return new Stmt.Simple("if (" + expr.rarely(2) + ") return" + value + ";");
    }

    private String valueOf(JType t, int depth) {
        return t.narrow() ? "(" + t.java() + ") " + expr.of(r.nextBoolean() ? JType.INT : JType.LONG, depth) : expr.of(t, depth);
    }

    private void assign(List<Stmt> out) {
        List<Scope.Var> targets = scope.vars().stream().filter(Scope.Var::assignable).toList();
        if (targets.isEmpty()) {
            declare(out, expr.anyType());
            return;
        }
        Scope.Var v = targets.get(r.nextInt(targets.size()));
        out.add(new Stmt.Simple(assignment(v.name(), v.type()) + ";"));
    }

    private String assignment(String target, JType t) {
        if (r.nextBoolean()) {
            return target + " = " + valueOf(t, 3);
        }
        if (t == JType.BOOLEAN) {
            return target + " " + new String[] {"&=", "|=", "^="}[r.nextInt(3)] + " " + expr.of(JType.BOOLEAN, 2);
        }
        if (t.floating()) {
            return target + " " + new String[] {"+=", "-=", "*=", "/=", "%="}[r.nextInt(5)] + " " + expr.of(t, 2);
        }
        if (r.nextInt(4) == 0) {
            return target + (r.nextBoolean() ? "++" : "--");
        }
        String op = new String[] {"+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", ">>>="}[r.nextInt(11)];
        return target + " " + op + " " + expr.of(r.nextBoolean() ? JType.INT : JType.LONG, 2);
    }

    void declareArray(List<Stmt> out) {
        JType element = expr.anyType();
        String name = scope.fresh("a");
        String init;
        if (r.nextInt(literalLength > 4 ? 2 : 4) == 0) {
            StringBuilder values = new StringBuilder();
            int n = r.nextInt(literalLength + 1);
            for (int i = 0; i < n; i++) {
                values.append(i == 0 ? "" : ", ").append(valueOf(element, 1));
            }
            init = "{" + values + "}";
        } else {
            String size = switch (r.nextInt(10)) {
                case 0, 1 -> "(" + expr.of(JType.INT, 2) + " & 7)";
                case 2 -> "(" + expr.of(JType.INT, 2) + " % 4)";
                default -> Literals.small(r, 6);
            };
            init = "new " + element.java() + "[" + size + "]";
        }
        out.add(new Stmt.Simple(element.java() + "[] " + name + " = " + init + ";"));
        scope.add(new Scope.Array(name, element));
    }

    private void storeArray(List<Stmt> out) {
        if (scope.arrays().isEmpty()) {
            declareArray(out);
            return;
        }
        Scope.Array a = scope.arrays().get(r.nextInt(scope.arrays().size()));
        out.add(new Stmt.Simple(assignment(a.name() + "[" + expr.index(a.name(), 2) + "]", a.element()) + ";"));
    }

    private void dumpArray(List<Stmt> out) {
        if (scope.arrays().isEmpty() || label == null) {
            storeArray(out);
            return;
        }
        Scope.Array a = scope.arrays().get(r.nextInt(scope.arrays().size()));
        String k = scope.fresh("k");
        out.add(new Stmt.Simple("for (int " + k + " = 0; " + k + " < " + a.name() + ".length; " + k + "++) chk = chk * 31 + "
                + asLong(a.name() + "[" + k + "]", a.element()) + ";"));
    }

    private void declareObject(List<Stmt> out) {
        if (label == null) {
            // Helpers and virtual methods hold no objects: a virtual call there could recurse without end.
            assign(out);
            return;
        }
        String name = scope.fresh("o");
        out.add(new Stmt.Simple("Base " + name + " = " + expr.of(JType.BOOLEAN, 1) + " ? new Base(" + expr.of(JType.INT, 2)
                + ") : new Sub(" + expr.of(JType.INT, 2) + ", " + expr.of(JType.INT, 1) + ");"));
        scope.addObject(name);
        for (int i = 0; i < shape.baseFields().size(); i++) {
            scope.add(new Scope.Var(name + ".f" + i, shape.baseFields().get(i), true));
        }
    }

    private void jump(List<Stmt> out) {
        if (scope.loopDepth() == 0) {
            assign(out);
            return;
        }
        out.add(jumpOut());
    }

    /** {@code if (c) break;} or {@code if (c) continue;}; only inside a loop. */
    Stmt jumpOut() {
        String condition = r.nextBoolean() ? expr.rarely(2) : expr.of(JType.BOOLEAN, 2);
        return new Stmt.Simple("if (" + condition + ") " + (r.nextBoolean() ? "break;" : "continue;"));
    }

    private void call(List<Stmt> out) {
        if (!scope.objects().isEmpty() && !shape.virtuals().isEmpty() && r.nextBoolean()) {
            ProgramShape.Method m = shape.virtuals().get(r.nextInt(shape.virtuals().size()));
            JType p = m.params().get(0);
            out.add(new Stmt.Simple(scope.objects().get(r.nextInt(scope.objects().size())) + "." + m.name() + "("
                    + (p.narrow() ? "(" + p.java() + ") " + expr.of(JType.INT, 2) : expr.of(p, 2)) + ");"));
            return;
        }
        JType t = expr.anyType();
        String name = scope.fresh("v");
        out.add(new Stmt.Simple(t.java() + " " + name + " = " + valueOf(t, 3) + ";"));
        scope.add(new Scope.Var(name, t, true));
    }

    private void ifElse(List<Stmt> out, int depth) {
        List<Stmt.Part> parts = new ArrayList<>();
        parts.add(new Stmt.Part("if (" + expr.of(JType.BOOLEAN, 3) + ")", block(1 + r.nextInt(3), depth + 1)));
        if (r.nextBoolean()) {
            parts.add(new Stmt.Part("else", block(1 + r.nextInt(3), depth + 1)));
        }
        out.add(new Stmt.Compound(parts));
    }

    private void loop(List<Stmt> out, int depth) {
        if (scope.loopDepth() >= MAX_LOOP_NESTING) {
            ifElse(out, depth);
            return;
        }
        String bound = Literals.small(r, scope.loopDepth() == 0 ? 5 : 3);
        String counter = scope.fresh("i");
        String header;
        switch (r.nextInt(3)) {
            case 0 -> {
                out.add(new Stmt.Simple("int " + counter + " = 0;"));
                header = "while (" + counter + "++ < " + bound + ")";
            }
            case 1 -> header = "for (int " + counter + " = " + bound + "; " + counter + " > 0; " + counter + "--)";
            default -> header = "for (int " + counter + " = 0; " + counter + " < " + bound + "; " + counter + "++)";
        }
        scope.push();
        scope.add(new Scope.Var(counter, JType.INT, false));
        scope.enterLoop();
        List<Stmt> body = block(1 + r.nextInt(3), depth + 1);
        if (label != null && r.nextBoolean()) {
            body.add(state());
        }
        scope.leaveLoop();
        scope.pop();
        out.add(new Stmt.Compound(List.of(new Stmt.Part(header, body))));
    }

    private void switchStatement(List<Stmt> out, int depth) {
        boolean arrow = r.nextBoolean();
        List<Integer> labels = new ArrayList<>(List.of(-1, 0, 1, 2, 3, 4));
        java.util.Collections.shuffle(labels, r);
        int n = 1 + r.nextInt(3);
        List<Stmt.SwitchCase> cases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int v = labels.get(i);
            cases.add(new Stmt.SwitchCase("case " + (v < 0 ? "(" + v + ")" : v), block(1 + r.nextInt(2), depth + 1), r.nextInt(4) != 0));
        }
        if (r.nextBoolean()) {
            cases.add(new Stmt.SwitchCase("default", block(1 + r.nextInt(2), depth + 1), true));
        }
        out.add(new Stmt.Switch(expr.selector(2), arrow, cases));
    }

    /** The label of the next printed line, such as {@code c3.7}. */
    String nextLabel() {
        return label + "." + prints++;
    }

    /** {@code value} as a long for the checksum; floating point by its bits, so NaN, -0.0 and rounding show. */
    static String asLong(String value, JType t) {
        return switch (t) {
            case BOOLEAN -> "(" + value + " ? 1 : 0)";
            case FLOAT -> "Float.floatToIntBits(" + value + ")";
            case DOUBLE -> "Double.doubleToLongBits(" + value + ")";
            default -> value;
        };
    }
}
