package dev.moka.assembler.linux.random;

import java.util.List;

/**
 * A generated program: fixed declarations (exception class, object classes, helper methods) already
 * written as text, and the cases that {@code main} calls in order.
 *
 * @param className    the public class's name
 * @param declarations member declarations of the class, as source text
 * @param cases        the cases, each printing its own output
 */
record ProgramAst(String className, List<String> declarations, List<Case> cases) {
    /** A {@code static void caseN()} method; its body runs inside {@code try/catch (RuntimeException e)}. */
    record Case(int number, List<Stmt> body) {
        String methodName() {
            return "case" + number;
        }
    }

    ProgramAst withCases(List<Case> replacement) {
        return new ProgramAst(className, declarations, replacement);
    }

    /** The number of statements, nested ones included: the reducer's measure of size. */
    int size() {
        return cases.stream().mapToInt(c -> size(c.body())).sum();
    }

    private static int size(List<Stmt> stmts) {
        int n = 0;
        for (Stmt s : stmts) {
            n++;
            if (s instanceof Stmt.Compound c) {
                for (Stmt.Part p : c.parts()) {
                    n += size(p.body());
                }
            } else if (s instanceof Stmt.Switch sw) {
                for (Stmt.SwitchCase k : sw.cases()) {
                    n += size(k.body());
                }
            }
        }
        return n;
    }
}
