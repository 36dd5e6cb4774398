package dev.moka.assembler.linux.random;

import java.util.List;
import java.util.Random;

/**
 * Writes random expressions of a requested type over the names in a {@link Scope}. The text is fully
 * parenthesised; its static type is the requested one or one that widens to it (a {@code byte}
 * variable where an {@code int} is asked for), so callers cast where the exact type matters.
 */
final class ExpressionGenerator {
    private static final String[] INT_OPS = {"+", "-", "*", "/", "%", "&", "|", "^", "+", "-", "*"};
    private static final String[] SHIFT_OPS = {"<<", ">>", ">>>"};
    private static final String[] COMPARISONS = {"<", "<=", ">", ">=", "==", "!="};
    private static final String[] FLOAT_OPS = {"+", "-", "*", "/", "%"};

    private final Random r;
    private final GeneratorSettings settings;
    private final ProgramShape shape;
    private final Scope scope;
    private final int callableHelpers;

    /**
     * @param callableHelpers how many of the shape's helpers (from the first) expressions may call
     */
    ExpressionGenerator(Random r, GeneratorSettings settings, ProgramShape shape, Scope scope, int callableHelpers) {
        this.r = r;
        this.settings = settings;
        this.shape = shape;
        this.scope = scope;
        this.callableHelpers = callableHelpers;
    }

    /** An expression whose type is {@code t} or widens to it. */
    String of(JType t, int depth) {
        if (depth <= 0 || r.nextInt(4) == 0) {
            return leaf(t);
        }
        String e = switch (t) {
            case BOOLEAN -> bool(depth - 1);
            case INT, LONG -> integral(t, depth - 1);
            case BYTE, SHORT, CHAR -> narrow(t, depth - 1);
            case FLOAT, DOUBLE -> floating(t, depth - 1);
        };
        return e != null ? e : leaf(t);
    }

    /** An {@code int} in {@code [0, 4)} or a possibly negative one, for switch selectors. */
    String selector(int depth) {
        return r.nextBoolean() ? "(" + of(JType.INT, depth) + " & 3)" : "(" + of(JType.INT, depth) + " % 5)";
    }

    /** An index into {@code array}: mostly in range, sometimes out of it. */
    String index(String array, int depth) {
        return switch (r.nextInt(16)) {
            case 0 -> "0";
            case 1 -> "(" + array + ".length - 1)";
            case 2 -> "(" + of(JType.INT, depth) + " & 7)";
            case 3 -> of(JType.INT, depth);
            default -> "((" + of(JType.INT, depth) + " & 0x7fffffff) % " + array + ".length)";
        };
    }

    /** A condition that holds about one time in sixteen, for throwing and jumping out of loops. */
    String rarely(int depth) {
        return "((" + of(JType.INT, depth) + " & 15) == " + r.nextInt(16) + ")";
    }

    /** A value of any type in use, with the type it is printed as. */
    JType anyType() {
        List<JType> types = JType.inUse(settings);
        return types.get(r.nextInt(types.size()));
    }

    /**
     * An expression of type {@code t} as it should appear in printed output: characters as their
     * code (so only ASCII is printed) and the rest cast to their exact type.
     */
    String printable(JType t, int depth) {
        String e = of(t, depth);
        return t == JType.CHAR ? "((int) " + e + ")" : t == JType.BOOLEAN ? e : "((" + t.java() + ") " + e + ")";
    }

    private String leaf(JType t) {
        List<Scope.Var> readable = scope.vars().stream().filter(v -> t.accepts(v.type())).toList();
        if (!readable.isEmpty() && r.nextInt(3) != 0) {
            return readable.get(r.nextInt(readable.size())).name();
        }
        return Literals.of(t, r);
    }

    private String integral(JType t, int d) {
        switch (r.nextInt(18)) {
            case 0, 1, 2:
                String op = INT_OPS[r.nextInt(INT_OPS.length)];
                String right = (op.equals("/") || op.equals("%")) && r.nextInt(8) == 0
                        ? "(" + of(t, d) + " & 3)" : of(t, d);
                return "(" + of(t, d) + " " + op + " " + right + ")";
            case 3:
                String left = t == JType.LONG ? "((long) " + of(t, d) + ")" : of(t, d);
                return "(" + left + " " + SHIFT_OPS[r.nextInt(3)] + " " + of(r.nextBoolean() ? JType.INT : JType.LONG, d) + ")";
            case 4:
                return "(" + (r.nextBoolean() ? "-" : "~") + of(t, d) + ")";
            case 5:
                if (t == JType.INT) {
                    JType from = settings.floatingPoint() && r.nextBoolean() ? (r.nextBoolean() ? JType.DOUBLE : JType.FLOAT) : JType.LONG;
                    return "((int) " + of(from, d) + ")";
                }
                return settings.floatingPoint() && r.nextBoolean()
                        ? "((long) " + of(r.nextBoolean() ? JType.DOUBLE : JType.FLOAT, d) + ")"
                        : "((long) " + of(JType.INT, d) + ")";
            case 6:
                return "(" + of(JType.BOOLEAN, d) + " ? " + of(t, d) + " : " + of(t, d) + ")";
            case 7:
                return "(switch " + selector(d) + " { case 0 -> " + of(t, d) + "; case 1, 2 -> " + of(t, d)
                        + "; default -> " + of(t, d) + "; })";
            case 8:
                return "(\"\" + " + printable(anyType(), d) + ").length()";
            case 9:
                return increment(t);
            case 10:
                return instanceofPattern(t, d);
            case 11:
                if (!settings.floatingPoint()) {
                    return common(t, d);
                }
                JType side = r.nextBoolean() ? JType.DOUBLE : JType.FLOAT;
                if (t == JType.LONG && side == JType.DOUBLE && r.nextBoolean()) {
                    return "Double.doubleToLongBits(" + of(side, d) + ")";
                }
                String box = side == JType.DOUBLE ? "Double" : "Float";
                return box + ".compare(" + of(side, d) + ", " + of(side, d) + ")";
            default:
                return common(t, d);
        }
    }

    private String narrow(JType t, int d) {
        switch (r.nextInt(5)) {
            case 0, 1:
                JType from = settings.floatingPoint() && r.nextInt(4) == 0 ? (r.nextBoolean() ? JType.DOUBLE : JType.FLOAT)
                        : r.nextInt(3) == 0 ? JType.LONG : JType.INT;
                return "((" + t.java() + ") " + of(from, d) + ")";
            case 2:
                return "(" + of(JType.BOOLEAN, d) + " ? " + of(t, d) + " : " + of(t, d) + ")";
            default:
                return common(t, d);
        }
    }

    private String floating(JType t, int d) {
        String box = t == JType.DOUBLE ? "Double" : "Float";
        switch (r.nextInt(10)) {
            case 0, 1:
                return "(" + of(t, d) + " " + FLOAT_OPS[r.nextInt(FLOAT_OPS.length)] + " " + of(t, d) + ")";
            case 2:
                return "((" + t.java() + ") " + of(r.nextBoolean() ? JType.LONG : JType.DOUBLE, d) + ")";
            case 3:
                return "(" + of(JType.BOOLEAN, d) + " ? " + of(t, d) + " : " + of(t, d) + ")";
            case 4:
                // Integer operands widen: int * double, long + float, char / double.
                JType from = new JType[] {JType.INT, JType.LONG, JType.CHAR, JType.FLOAT}[r.nextInt(4)];
                return "(" + of(from, d) + " " + FLOAT_OPS[r.nextInt(FLOAT_OPS.length)] + " " + of(t, d) + ")";
            case 5:
                String root = "Math.sqrt(" + of(JType.DOUBLE, d) + ")";
                return t == JType.DOUBLE ? root : "((float) " + root + ")";
            case 6:
                return box + "." + (r.nextBoolean() ? "max" : "min") + "(" + of(t, d) + ", " + of(t, d) + ")";
            case 7:
                return "(-" + of(t, d) + ")";
            default:
                return common(t, d);
        }
    }

    private String bool(int d) {
        switch (r.nextInt(9)) {
            case 0, 1, 2:
                JType side = settings.floatingPoint() && r.nextInt(3) == 0 ? (r.nextBoolean() ? JType.DOUBLE : JType.FLOAT)
                        : r.nextBoolean() ? JType.INT : JType.LONG;
                if (side.floating() && r.nextInt(4) == 0) {
                    String box = side == JType.DOUBLE ? "Double" : "Float";
                    return box + "." + (r.nextBoolean() ? "isNaN" : "isInfinite") + "(" + of(side, d) + ")";
                }
                return "(" + of(side, d) + " " + COMPARISONS[r.nextInt(COMPARISONS.length)] + " " + of(side, d) + ")";
            case 3:
                return "(!" + of(JType.BOOLEAN, d) + ")";
            case 4, 5:
                String op = new String[] {"&&", "||", "^", "&", "|", "==", "!="}[r.nextInt(7)];
                return "(" + of(JType.BOOLEAN, d) + " " + op + " " + of(JType.BOOLEAN, d) + ")";
            case 6:
                if (!scope.objects().isEmpty()) {
                    return "(" + scope.objects().get(r.nextInt(scope.objects().size())) + " instanceof Sub)";
                }
                return null;
            default:
                return common(JType.BOOLEAN, d);
        }
    }

    /** Calls, array loads and lengths: forms every type shares. */
    private String common(JType t, int d) {
        switch (r.nextInt(4)) {
            case 0: {
                List<ProgramShape.Method> fits = shape.helpers().subList(0, callableHelpers).stream()
                        .filter(m -> t.accepts(m.result())).toList();
                if (!fits.isEmpty()) {
                    ProgramShape.Method m = fits.get(r.nextInt(fits.size()));
                    return m.name() + "(" + arguments(m, d) + ")";
                }
                return null;
            }
            case 1: {
                List<ProgramShape.Method> fits = shape.virtuals().stream().filter(m -> t.accepts(m.result())).toList();
                if (!fits.isEmpty() && !scope.objects().isEmpty()) {
                    ProgramShape.Method m = fits.get(r.nextInt(fits.size()));
                    return virtualCall(scope.objects().get(r.nextInt(scope.objects().size())), m, d);
                }
                return null;
            }
            case 2: {
                List<Scope.Array> fits = scope.arrays().stream().filter(a -> t.accepts(a.element())).toList();
                if (!fits.isEmpty()) {
                    Scope.Array a = fits.get(r.nextInt(fits.size()));
                    return a.name() + "[" + index(a.name(), d) + "]";
                }
                return null;
            }
            default:
                if (t.accepts(JType.INT) && !scope.arrays().isEmpty()) {
                    return scope.arrays().get(r.nextInt(scope.arrays().size())).name() + ".length";
                }
                return null;
        }
    }

    /** A call of virtual method {@code m} on {@code receiver}, an expression of type {@code Base}. */
    String virtualCall(String receiver, ProgramShape.Method m, int d) {
        return receiver + "." + m.name() + "(" + arguments(m, d) + ")";
    }

    /** An expression of exactly type {@code t}, as a method of that result type returns it. */
    String result(JType t, int d) {
        return t.narrow() ? "(" + t.java() + ") " + of(JType.INT, d) : of(t, d);
    }

    private String arguments(ProgramShape.Method m, int d) {
        StringBuilder args = new StringBuilder();
        for (JType p : m.params()) {
            args.append(args.isEmpty() ? "" : ", ").append(p.narrow() ? "((" + p.java() + ") " + of(JType.INT, d) + ")" : of(p, d));
        }
        return args.toString();
    }

    /** {@code v++}, {@code --v} and the like: side effects inside expressions, in Java's evaluation order. */
    private String increment(JType t) {
        List<Scope.Var> fits = scope.vars().stream().filter(v -> v.assignable() && v.type().integral() && t.accepts(v.type())).toList();
        if (fits.isEmpty()) {
            return null;
        }
        String v = fits.get(r.nextInt(fits.size())).name();
        return switch (r.nextInt(4)) {
            case 0 -> "(" + v + "++)";
            case 1 -> "(" + v + "--)";
            case 2 -> "(++" + v + ")";
            default -> "(--" + v + ")";
        };
    }

    /** {@code (o instanceof Sub s ? s.g0 : other)}: a type test that binds, reading a subclass field. */
    private String instanceofPattern(JType t, int d) {
        List<Integer> fields = new java.util.ArrayList<>();
        for (int i = 0; i < shape.subFields().size(); i++) {
            if (t.accepts(shape.subFields().get(i))) {
                fields.add(i);
            }
        }
        if (scope.objects().isEmpty() || fields.isEmpty()) {
            return null;
        }
        String binding = scope.fresh("s");
        String object = scope.objects().get(r.nextInt(scope.objects().size()));
        return "(" + object + " instanceof Sub " + binding + " ? " + binding + ".g" + fields.get(r.nextInt(fields.size()))
                + " : " + of(t, d) + ")";
    }
}
