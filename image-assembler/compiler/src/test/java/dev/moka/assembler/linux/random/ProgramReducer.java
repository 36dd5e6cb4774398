package dev.moka.assembler.linux.random;

import java.util.ArrayList;
import java.util.List;

/**
 * Shrinks a failing program while it keeps failing the same way: first to the cases that matter,
 * then by deleting statements and replacing compound statements by one of their blocks, one step at
 * a time, until no step keeps the failure or the time budget is spent. Candidates javac rejects
 * (a deleted declaration, a {@code break} outside its loop) simply do not count as failing.
 */
final class ProgramReducer {
    /** Whether a candidate program still fails as the original did. */
    interface Oracle {
        boolean stillFails(ProgramAst candidate) throws Exception;
    }

    private final Oracle oracle;
    private final long deadline;

    private ProgramReducer(Oracle oracle, long budgetMillis) {
        this.oracle = oracle;
        this.deadline = System.currentTimeMillis() + budgetMillis;
    }

    /**
     * The smallest program found.
     *
     * @param suspect the case to try alone first (the one whose output differed first), or -1
     */
    static ProgramAst reduce(ProgramAst program, int suspect, Oracle oracle, long budgetMillis) throws Exception {
        ProgramReducer reducer = new ProgramReducer(oracle, budgetMillis);
        return reducer.statements(reducer.cases(program, suspect));
    }

    private ProgramAst cases(ProgramAst program, int suspect) throws Exception {
        for (ProgramAst.Case c : program.cases()) {
            if (c.number() == suspect) {
                ProgramAst alone = program.withCases(List.of(c));
                if (oracle.stillFails(alone)) {
                    return alone;
                }
            }
        }
        ProgramAst current = program;
        for (int i = current.cases().size() - 1; i >= 0 && inTime(); i--) {
            List<ProgramAst.Case> fewer = new ArrayList<>(current.cases());
            fewer.remove(i);
            ProgramAst candidate = current.withCases(fewer);
            if (!fewer.isEmpty() && oracle.stillFails(candidate)) {
                current = candidate;
            }
        }
        return current;
    }

    private ProgramAst statements(ProgramAst program) throws Exception {
        ProgramAst current = program;
        boolean progress = true;
        while (progress && inTime()) {
            progress = false;
            for (int c = 0; c < current.cases().size() && !progress && inTime(); c++) {
                ProgramAst.Case kase = current.cases().get(c);
                for (List<Stmt> body : variants(kase.body())) {
                    if (!inTime()) {
                        break;
                    }
                    List<ProgramAst.Case> cases = new ArrayList<>(current.cases());
                    cases.set(c, new ProgramAst.Case(kase.number(), body));
                    ProgramAst candidate = current.withCases(cases);
                    if (oracle.stillFails(candidate)) {
                        current = candidate;
                        progress = true;
                        break;
                    }
                }
            }
        }
        return current;
    }

    private boolean inTime() {
        return System.currentTimeMillis() < deadline;
    }

    /** Every list one reduction step away from {@code stmts}, the largest removals first. */
    static List<List<Stmt>> variants(List<Stmt> stmts) {
        List<List<Stmt>> out = new ArrayList<>();
        for (int half = stmts.size() / 2; half >= 2; half /= 2) {
            for (int from = 0; from + half <= stmts.size(); from += half) {
                List<Stmt> fewer = new ArrayList<>(stmts.subList(0, from));
                fewer.addAll(stmts.subList(from + half, stmts.size()));
                out.add(fewer);
            }
        }
        for (int i = 0; i < stmts.size(); i++) {
            List<Stmt> fewer = new ArrayList<>(stmts);
            fewer.remove(i);
            out.add(fewer);
        }
        for (int i = 0; i < stmts.size(); i++) {
            for (List<Stmt> inner : blocks(stmts.get(i))) {
                out.add(replace(stmts, i, inner));
            }
        }
        for (int i = 0; i < stmts.size(); i++) {
            for (Stmt smaller : smaller(stmts.get(i))) {
                out.add(replace(stmts, i, List.of(smaller)));
            }
        }
        return out;
    }

    private static List<List<Stmt>> blocks(Stmt s) {
        return switch (s) {
            case Stmt.Simple simple -> List.of();
            case Stmt.Compound c -> c.parts().stream().map(Stmt.Part::body).toList();
            case Stmt.Switch sw -> sw.cases().stream().map(Stmt.SwitchCase::body).toList();
        };
    }

    /** The statement with one of its blocks reduced one step, or one of its parts or labels dropped. */
    private static List<Stmt> smaller(Stmt s) {
        List<Stmt> out = new ArrayList<>();
        switch (s) {
            case Stmt.Simple simple -> {
            }
            case Stmt.Compound c -> {
                for (int p = 1; p < c.parts().size(); p++) {
                    List<Stmt.Part> parts = new ArrayList<>(c.parts());
                    parts.remove(p);
                    out.add(new Stmt.Compound(parts));
                }
                for (int p = 0; p < c.parts().size(); p++) {
                    Stmt.Part part = c.parts().get(p);
                    for (List<Stmt> body : variants(part.body())) {
                        List<Stmt.Part> parts = new ArrayList<>(c.parts());
                        parts.set(p, new Stmt.Part(part.header(), body));
                        out.add(new Stmt.Compound(parts));
                    }
                }
            }
            case Stmt.Switch sw -> {
                for (int k = 0; k < sw.cases().size(); k++) {
                    List<Stmt.SwitchCase> cases = new ArrayList<>(sw.cases());
                    cases.remove(k);
                    out.add(new Stmt.Switch(sw.selector(), sw.arrow(), cases));
                }
                for (int k = 0; k < sw.cases().size(); k++) {
                    Stmt.SwitchCase kase = sw.cases().get(k);
                    for (List<Stmt> body : variants(kase.body())) {
                        List<Stmt.SwitchCase> cases = new ArrayList<>(sw.cases());
                        cases.set(k, new Stmt.SwitchCase(kase.label(), body, kase.breaks()));
                        out.add(new Stmt.Switch(sw.selector(), sw.arrow(), cases));
                    }
                }
            }
        }
        return out;
    }

    private static List<Stmt> replace(List<Stmt> stmts, int index, List<Stmt> with) {
        List<Stmt> out = new ArrayList<>(stmts.subList(0, index));
        out.addAll(with);
        out.addAll(stmts.subList(index + 1, stmts.size()));
        return out;
    }
}
