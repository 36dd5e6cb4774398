package dev.moka.assembler.linux.random;

import java.util.List;
import java.util.Random;

/**
 * Statements over arrays of references: literals of boxed numbers, strings and objects, stores that
 * go through the JVM's store check (an {@code Object[]} that is really a {@code String[]} refuses an
 * {@code Integer} with ArrayStoreException), loads that are printed, hashed or called.
 *
 * <p>Only values whose text and hash code do not depend on addresses are printed or hashed: boxed
 * numbers, booleans and strings. {@code Base} elements are only tested and called.
 */
final class ReferenceArrays {
    private final Random r;
    private final GeneratorSettings settings;
    private final ProgramShape shape;
    private final Scope scope;
    private final ExpressionGenerator expr;
    /** Whether {@code Base} objects may be made here: only in cases, where virtual calls cannot recurse. */
    private final boolean objects;

    ReferenceArrays(Random r, GeneratorSettings settings, ProgramShape shape, Scope scope, ExpressionGenerator expr,
            boolean objects) {
        this.r = r;
        this.settings = settings;
        this.shape = shape;
        this.scope = scope;
        this.expr = expr;
        this.objects = objects;
    }

    /** Declares an array of references, mostly as a literal. */
    Stmt declare(int maxLength) {
        String name = scope.fresh("r");
        int n = r.nextInt(maxLength + 1);
        int kind = r.nextInt(objects ? 5 : 4);
        Scope.RefArray array;
        String init;
        switch (kind) {
            case 0, 1 -> {
                array = new Scope.RefArray(name, "Object", false);
                init = r.nextInt(4) == 0 ? "new Object[" + n + "]" : literal(n, this::anyValue);
            }
            case 2 -> {
                array = new Scope.RefArray(name, "String", true);
                init = literal(n, this::string);
            }
            case 3 -> {
                // Declared Object[], but a String[]: stores of anything but strings fail at run time.
                array = new Scope.RefArray(name, "Object", true);
                init = "new String[] " + literal(n, this::string);
            }
            default -> {
                array = new Scope.RefArray(name, "Base", false);
                init = literal(n, this::base);
            }
        }
        scope.add(array);
        return new Stmt.Simple(array.element() + "[] " + name + " = " + init + ";");
    }

    /** Stores into an element; the value's class may not fit the array's. */
    Stmt store() {
        if (scope.refArrays().isEmpty()) {
            return declare(4);
        }
        Scope.RefArray a = pick();
        String value = switch (a.element()) {
            case "String" -> string();
            case "Base" -> base();
            default -> a.stringsOnly() && r.nextInt(3) != 0 ? string() : anyValue();
        };
        return new Stmt.Simple(a.name() + "[" + expr.index(a.name(), 2) + "] = " + value + ";");
    }

    /** Folds one element into the case's {@code chk}, or prints it under {@code printLabel}. */
    Stmt use(String printLabel) {
        if (scope.refArrays().isEmpty()) {
            return declare(4);
        }
        Scope.RefArray a = pick();
        String element = a.name() + "[" + expr.index(a.name(), 2) + "]";
        if (a.element().equals("Base")) {
            List<ProgramShape.Method> virtuals = shape.virtuals();
            ProgramShape.Method m = virtuals.get(r.nextInt(virtuals.size()));
            String call = expr.virtualCall(element, m, 2);
            return new Stmt.Simple("chk = chk * 31 + (" + element + " instanceof Sub ? 3 : 5) + "
                    + StatementGenerator.asLong(call, m.result()) + ";");
        }
        if (r.nextBoolean()) {
            return new Stmt.Simple("System.out.println(\"" + printLabel + " \" + " + element + ");");
        }
        return new Stmt.Simple("chk = chk * 31 + " + hash(element) + ";");
    }

    /** Folds every element of an array into the case's {@code chk} with a for-each loop. */
    Stmt dump() {
        if (scope.refArrays().isEmpty()) {
            return declare(4);
        }
        Scope.RefArray a = pick();
        String x = scope.fresh("x");
        String fold = a.element().equals("Base") ? "(" + x + " instanceof Sub ? 3 : 5)" : hash(x);
        return new Stmt.Simple("for (" + a.element() + " " + x + " : " + a.name() + ") chk = chk * 31 + " + fold + ";");
    }

    private Scope.RefArray pick() {
        List<Scope.RefArray> arrays = scope.refArrays();
        return arrays.get(r.nextInt(arrays.size()));
    }

    private static String hash(String element) {
        return "(" + element + " == null ? 7 : " + element + ".hashCode())";
    }

    private String literal(int n, java.util.function.Supplier<String> element) {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : ", ").append(element.get());
        }
        return s.append('}').toString();
    }

    /** A boxed number or boolean, a string or null: something whose text and hash are the same everywhere. */
    private String anyValue() {
        return switch (r.nextInt(settings.floatingPoint() ? 7 : 6)) {
            case 0 -> "Integer.valueOf(" + expr.of(JType.INT, 1) + ")";
            case 1 -> "Long.valueOf(" + expr.of(JType.LONG, 1) + ")";
            case 2 -> "Boolean.valueOf(" + expr.of(JType.BOOLEAN, 1) + ")";
            case 3 -> "null";
            case 6 -> "Double.valueOf(" + expr.of(JType.DOUBLE, 1) + ")";
            default -> string();
        };
    }

    private String string() {
        return switch (r.nextInt(4)) {
            case 0 -> "null";
            case 1 -> "(\"n\" + " + expr.printable(expr.anyType(), 1) + ")";
            default -> "\"" + (char) ('a' + r.nextInt(26)) + r.nextInt(100) + "\"";
        };
    }

    private String base() {
        if (!scope.objects().isEmpty() && r.nextBoolean()) {
            return scope.objects().get(r.nextInt(scope.objects().size()));
        }
        return r.nextBoolean() ? "new Base(" + expr.of(JType.INT, 1) + ")"
                : "new Sub(" + expr.of(JType.INT, 1) + ", " + expr.of(JType.INT, 1) + ")";
    }
}
