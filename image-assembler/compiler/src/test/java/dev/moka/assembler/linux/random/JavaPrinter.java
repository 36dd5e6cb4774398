package dev.moka.assembler.linux.random;

import java.util.List;

/** Writes a {@link ProgramAst} as one Java source file. */
final class JavaPrinter {
    private final StringBuilder out = new StringBuilder();

    private JavaPrinter() {
    }

    /** The program's source text. */
    static String print(ProgramAst program) {
        JavaPrinter p = new JavaPrinter();
        p.program(program);
        return p.out.toString();
    }

    /** Statements as text at the given indentation depth (helper and method bodies use it). */
    static String print(List<Stmt> body, int depth) {
        JavaPrinter p = new JavaPrinter();
        p.block(body, depth);
        return p.out.toString();
    }

    private void program(ProgramAst program) {
        out.append("public class ").append(program.className()).append(" {\n");
        for (String declaration : program.declarations()) {
            out.append(declaration).append('\n');
        }
        for (ProgramAst.Case c : program.cases()) {
            out.append("    static void ").append(c.methodName()).append("() {\n");
            out.append("        long chk = 0;\n");
            out.append("        try {\n");
            block(c.body(), 3);
            out.append("        } catch (RuntimeException e) {\n");
            out.append("            System.out.println(\"c").append(c.number()).append(" caught \" + e);\n");
            out.append("        }\n");
            out.append("        System.out.println(\"c").append(c.number()).append(" end \" + chk);\n");
            out.append("    }\n\n");
        }
        out.append("    public static void main(String[] args) {\n");
        for (ProgramAst.Case c : program.cases()) {
            out.append("        ").append(c.methodName()).append("();\n");
        }
        out.append("    }\n}\n");
    }

    private void block(List<Stmt> body, int depth) {
        for (Stmt s : body) {
            stmt(s, depth);
        }
    }

    private void stmt(Stmt s, int depth) {
        String pad = "    ".repeat(depth);
        switch (s) {
            case Stmt.Simple simple -> out.append(pad).append(simple.code()).append('\n');
            case Stmt.Compound compound -> {
                out.append(pad);
                for (int i = 0; i < compound.parts().size(); i++) {
                    Stmt.Part part = compound.parts().get(i);
                    out.append(i == 0 ? "" : " ").append(part.header()).append(" {\n");
                    block(part.body(), depth + 1);
                    out.append(pad).append('}');
                }
                out.append('\n');
            }
            case Stmt.Switch sw -> {
                out.append(pad).append("switch (").append(sw.selector()).append(") {\n");
                for (Stmt.SwitchCase k : sw.cases()) {
                    out.append(pad).append("    ").append(k.label()).append(sw.arrow() ? " -> {\n" : ": {\n");
                    block(k.body(), depth + 2);
                    out.append(pad).append("    }");
                    out.append(!sw.arrow() && k.breaks() ? " break;\n" : "\n");
                }
                out.append(pad).append("}\n");
            }
        }
    }
}
