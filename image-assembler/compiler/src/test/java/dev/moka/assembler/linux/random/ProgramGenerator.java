package dev.moka.assembler.linux.random;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generates a whole program from a seed: the same seed always gives the same source. */
final class ProgramGenerator {
    /** The generated class's name. */
    static final String CLASS_NAME = "RandomProgram";
    /** About one case in this many is long: many locals, array literals and statement groups. */
    private static final int LONG_CASE_ONE_IN = 12;

    private final Random r;
    private final GeneratorSettings settings;

    ProgramGenerator(long seed, GeneratorSettings settings) {
        this.r = new Random(seed);
        this.settings = settings;
    }

    /** The program for this generator's seed. */
    ProgramAst generate() {
        ProgramShape shape = shape();
        List<String> declarations = new ArrayList<>();
        declarations.add("    static long trail;\n");
        declarations.add("""
                    static class Fault extends RuntimeException {
                        final int code;
                        Fault(int code) { super("fault " + code); this.code = code; }
                    }
                """);
        declarations.add(baseClass(shape));
        declarations.add(subClass(shape));
        for (int i = 0; i < shape.helpers().size(); i++) {
            declarations.add(helper(shape, i));
        }
        List<ProgramAst.Case> cases = new ArrayList<>();
        for (int n = 0; n < settings.casesPerProgram(); n++) {
            cases.add(caseMethod(shape, n));
        }
        return new ProgramAst(CLASS_NAME, declarations, cases);
    }

    private ProgramShape shape() {
        ExpressionGenerator types = new ExpressionGenerator(r, settings, null, new Scope(), 0);
        List<ProgramShape.Method> helpers = new ArrayList<>();
        for (int i = 0, n = 2 + r.nextInt(4); i < n; i++) {
            List<JType> params = new ArrayList<>();
            for (int p = 0, k = r.nextInt(4); p < k; p++) {
                params.add(types.anyType());
            }
            helpers.add(new ProgramShape.Method("h" + i, types.anyType(), params));
        }
        List<JType> baseFields = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
            baseFields.add(types.anyType());
        }
        List<JType> subFields = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(2); i < n; i++) {
            subFields.add(types.anyType());
        }
        List<ProgramShape.Method> virtuals = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
            virtuals.add(new ProgramShape.Method("m" + i, types.anyType(), List.of(types.anyType())));
        }
        return new ProgramShape(helpers, baseFields, subFields, virtuals);
    }

    private String baseClass(ProgramShape shape) {
        StringBuilder s = new StringBuilder("    static class Base {\n");
        fields(s, "f", shape.baseFields());
        s.append("        Base(int seed) {\n");
        initialise(s, "f", shape.baseFields(), "seed");
        s.append("        }\n");
        for (ProgramShape.Method m : shape.virtuals()) {
            s.append(virtualMethod(shape, m, false));
        }
        return s.append("    }\n").toString();
    }

    private String subClass(ProgramShape shape) {
        StringBuilder s = new StringBuilder("    static class Sub extends Base {\n");
        fields(s, "g", shape.subFields());
        s.append("        Sub(int seed, int other) {\n            super(seed);\n");
        initialise(s, "g", shape.subFields(), "other");
        s.append("        }\n");
        for (ProgramShape.Method m : shape.virtuals()) {
            if (r.nextInt(3) != 0) {
                s.append("        @Override\n").append(virtualMethod(shape, m, true));
            }
        }
        return s.append("    }\n").toString();
    }

    private static void fields(StringBuilder s, String prefix, List<JType> types) {
        for (int i = 0; i < types.size(); i++) {
            s.append("        ").append(types.get(i).java()).append(' ').append(prefix).append(i).append(";\n");
        }
    }

    private void initialise(StringBuilder s, String prefix, List<JType> types, String from) {
        for (int i = 0; i < types.size(); i++) {
            JType t = types.get(i);
            int k = 1 + r.nextInt(1000);
            String value = t == JType.BOOLEAN ? "(" + from + " % " + (2 + r.nextInt(3)) + ") == 0"
                    : "(" + t.java() + ") (" + from + " * " + k + " + " + i + ")";
            s.append("            ").append(prefix).append(i).append(" = ").append(value).append(";\n");
        }
    }

    /** A virtual method over the object's fields and its parameter {@code p}; overrides may call {@code super}. */
    private String virtualMethod(ProgramShape shape, ProgramShape.Method m, boolean override) {
        Scope scope = new Scope();
        for (int i = 0; i < shape.baseFields().size(); i++) {
            scope.add(new Scope.Var("f" + i, shape.baseFields().get(i), true));
        }
        if (override) {
            for (int i = 0; i < shape.subFields().size(); i++) {
                scope.add(new Scope.Var("g" + i, shape.subFields().get(i), true));
            }
        }
        scope.add(new Scope.Var("p", m.params().get(0), true));
        StatementGenerator gen = new StatementGenerator(r, settings, shape, scope, shape.helpers().size(), null);
        gen.returning(m.result());
        List<Stmt> body = new ArrayList<>();
        gen.emitTopLevel(body, r.nextInt(3), 2);
        String result = returned(gen.expressions(), m.result());
        if (override && r.nextBoolean()) {
            String zuper = "super." + m.name() + "(p)";
            result = m.result() == JType.BOOLEAN ? "(" + zuper + " ^ " + result + ")"
                    : "(" + m.result().java() + ") (" + zuper + " - " + result + ")";
        }
        return "        " + m.result().java() + " " + m.name() + "(" + m.params().get(0).java() + " p) {\n"
                + JavaPrinter.print(body, 3) + "            return " + result + ";\n        }\n";
    }

    private String helper(ProgramShape shape, int index) {
        ProgramShape.Method m = shape.helpers().get(index);
        Scope scope = new Scope();
        StringBuilder params = new StringBuilder();
        for (int i = 0; i < m.params().size(); i++) {
            params.append(i == 0 ? "" : ", ").append(m.params().get(i).java()).append(" p").append(i);
            scope.add(new Scope.Var("p" + i, m.params().get(i), true));
        }
        StatementGenerator gen = new StatementGenerator(r, settings, shape, scope, index, null);
        gen.returning(m.result());
        List<Stmt> body = new ArrayList<>();
        gen.emitTopLevel(body, r.nextInt(4), 1);
        return "    static " + m.result().java() + " " + m.name() + "(" + params + ") {\n" + JavaPrinter.print(body, 2)
                + "        return " + returned(gen.expressions(), m.result()) + ";\n    }\n";
    }

    private static String returned(ExpressionGenerator expr, JType t) {
        return expr.result(t, 3);
    }

    private ProgramAst.Case caseMethod(ProgramShape shape, int number) {
        Scope scope = new Scope();
        StatementGenerator gen = new StatementGenerator(r, settings, shape, scope, shape.helpers().size(), "c" + number);
        List<Stmt> body = new ArrayList<>();
        boolean longCase = r.nextInt(LONG_CASE_ONE_IN) == 0;
        int locals = longCase ? 10 + r.nextInt(12) : 3;
        int groups = longCase ? 10 + r.nextInt(12) : 4 + r.nextInt(6);
        if (longCase) {
            // Many locals and big array literals, then many statements: long live ranges, register
            // pressure and many stores in one method, with handlers somewhere in it.
            gen.literalLength(12);
            for (int i = 0, n = 2 + r.nextInt(4); i < n; i++) {
                gen.declareArray(body);
                body.add(gen.referenceArrays().declare(8));
            }
        }
        for (int i = 0; i < locals; i++) {
            gen.declare(body, gen.expressions().anyType());
        }
        for (int i = 0; i < groups; i++) {
            gen.emitTopLevel(body, 1 + r.nextInt(2), 0);
            body.add(gen.state());
        }
        return new ProgramAst.Case(number, body);
    }
}
