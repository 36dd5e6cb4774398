package dev.moka.assembler.linux.random;

import java.util.List;

/**
 * A statement of a generated case. Expressions stay text; statements keep their structure so the
 * reducer can drop or flatten them.
 */
sealed interface Stmt {
    /** One line of code: a declaration, an assignment, a print, a guarded throw or break. */
    record Simple(String code) implements Stmt {
    }

    /** A header and the block that follows it: {@code if (c)}, {@code else}, {@code try}, {@code catch (...)}. */
    record Part(String header, List<Stmt> body) {
    }

    /** Consecutive parts printed as one statement, e.g. if/else, try/catch/finally, a loop. */
    record Compound(List<Part> parts) implements Stmt {
    }

    /** One label of a switch statement: {@code case 3} or {@code default}. */
    record SwitchCase(String label, List<Stmt> body, boolean breaks) {
    }

    /** A switch statement in either form; old-style case bodies get braces so their locals stay local. */
    record Switch(String selector, boolean arrow, List<SwitchCase> cases) implements Stmt {
    }
}
