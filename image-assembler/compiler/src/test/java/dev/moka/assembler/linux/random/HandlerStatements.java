package dev.moka.assembler.linux.random;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * {@code try} statements: handlers for the exceptions generated code throws (also multi-catch),
 * handlers that rethrow what they caught or throw a new {@code Fault}, {@code finally} blocks that
 * record in the program's {@code trail} that they ran, and early exits through them
 * ({@code return}, {@code break}, {@code continue}, also from inside a {@code finally}).
 */
final class HandlerStatements {
    private static final List<String> KINDS = List.of("ArithmeticException", "ArrayIndexOutOfBoundsException", "Fault",
            "ArrayStoreException", "ArithmeticException | ArrayIndexOutOfBoundsException",
            "NegativeArraySizeException | Fault");

    private final Random r;
    private final StatementGenerator gen;
    private final Scope scope;
    private final ExpressionGenerator expr;

    HandlerStatements(Random r, StatementGenerator gen, Scope scope, ExpressionGenerator expr) {
        this.r = r;
        this.gen = gen;
        this.scope = scope;
        this.expr = expr;
    }

    /** A try statement at nesting {@code depth}, with handlers, a finally block or both. */
    Stmt tryStatement(int depth) {
        List<Stmt.Part> parts = new ArrayList<>();
        List<Stmt> body = gen.block(1 + r.nextInt(3), depth + 1);
        // Leave the try block early now and then, so that the finally block runs on that path too.
        if (scope.loopDepth() > 0 && r.nextBoolean()) {
            body.add(r.nextInt(body.size() + 1), gen.jumpOut());
        } else if (r.nextInt(4) == 0) {
            body.add(r.nextInt(body.size() + 1), gen.guardedReturn());
        }
        parts.add(new Stmt.Part("try", body));
        boolean finallyOnly = r.nextInt(6) == 0;
        if (!finallyOnly) {
            addHandlers(parts, depth);
        }
        if (finallyOnly || r.nextInt(3) == 0) {
            parts.add(finallyPart(depth));
        }
        return new Stmt.Compound(parts);
    }

    private void addHandlers(List<Stmt.Part> parts, int depth) {
        List<String> kinds = new ArrayList<>(KINDS);
        Collections.shuffle(kinds, r);
        int handlers = r.nextInt(3);
        // Overlapping multi-catch alternatives would not compile; keep the first of each exception class.
        List<String> caught = new ArrayList<>();
        for (String kind : kinds) {
            if (parts.size() > handlers) {
                break;
            }
            if (List.of(kind.split(" \\| ")).stream().anyMatch(caught::contains)) {
                continue;
            }
            caught.addAll(List.of(kind.split(" \\| ")));
            parts.add(handler(kind, depth));
        }
        if (handlers == 0 || r.nextInt(5) == 0) {
            parts.add(handler("RuntimeException", depth));
        }
    }

    private Stmt.Part handler(String kind, int depth) {
        String e = scope.fresh("e");
        List<Stmt> body = new ArrayList<>();
        if (gen.prints()) {
            String detail = kind.equals("Fault") ? " + \" \" + " + e + ".code" : "";
            body.add(new Stmt.Simple("System.out.println(\"" + gen.nextLabel() + " " + kind.replace(" | ", "/") + " \" + "
                    + e + ".getMessage()" + detail + ");"));
        }
        if (!gen.prints() || r.nextInt(3) == 0) {
            body.addAll(gen.block(1, depth + 1));
        }
        // Caught and thrown on: to an enclosing handler, the case's own, or a helper's caller.
        switch (r.nextInt(8)) {
            case 0 -> body.add(new Stmt.Simple("throw " + e + ";"));
            case 1 -> body.add(new Stmt.Simple("throw new Fault(" + expr.of(JType.INT, 1) + ");"));
            default -> {
            }
        }
        return new Stmt.Part("catch (" + kind + " " + e + ")", body);
    }

    private Stmt.Part finallyPart(int depth) {
        List<Stmt> body = new ArrayList<>();
        if (gen.prints()) {
            body.add(new Stmt.Simple("System.out.println(\"" + gen.nextLabel() + " finally\");"));
        }
        body.add(new Stmt.Simple("trail = trail * 31 + " + (1 + r.nextInt(999)) + ";"));
        body.addAll(gen.block(1 + r.nextInt(2), depth + 1));
        // A return from a finally block discards the exception in flight, if any.
        if (r.nextInt(6) == 0) {
            body.add(gen.guardedReturn());
        }
        return new Stmt.Part("finally", body);
    }
}
