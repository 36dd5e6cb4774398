package dev.moka.assembler.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.compiler.Compilation;
import dev.moka.assembler.compiler.backend.MethodInfo;
import dev.moka.assembler.compiler.backend.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus programs about inlining compare traces, handlers and messages with HotSpot; this checks
 * that the code they compare really is inlined, and that the trace tables of the image name each
 * inlined activation with the line of its call.
 */
class InlinedFramesTest {
    @TempDir
    static Path work;

    private static Path classes;

    @BeforeAll
    static void compilePrograms() throws Exception {
        classes = Files.createDirectories(work.resolve("classes"));
        Process javac = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "--release", "21", "-g", "-d", classes.toString(), "src/test/corpus/InlinedStackTraces.java",
                "src/test/corpus/InlinedCalleeExceptions.java", "src/test/corpus/DevirtualisedCalls.java",
                "src/test/corpus/InlinedRecursionOverflow.java")
                .inheritIO().start();
        assertEquals(0, javac.waitFor(), "javac failed");
    }

    private static List<MethodInfo> compile(String mainClass) throws Exception {
        Compilation compilation = new Compilation(Target.LINUX, List.of(classes))
                .heapPlan(LinuxExecutableBuilder.DEFAULT_HEAP_PLAN.replace('.', '/'), false);
        return compilation.compile(mainClass, "main", "([Ljava/lang/String;)V", 1L << 24, Map.of()).methods();
    }

    private static MethodInfo method(List<MethodInfo> methods, String className, String name) {
        return methods.stream().filter(m -> m.className().equals(className) && m.methodName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(className + "." + name + " is not compiled"));
    }

    /** @return each inlined activation as "method@callLine<-outer method", outer "" for the method itself */
    private static List<String> activations(MethodInfo m) {
        List<String> names = new ArrayList<>();
        var frames = m.trace().inlinedFrames();
        for (var f : frames) {
            String outer = f.outer() == 0 ? "" : frames.get(f.outer() - 1).methodName();
            names.add(f.methodName() + "@" + f.callLine() + "<-" + outer);
        }
        return names;
    }

    @Test
    void twoLevelsOfInlinedCallsAreRecordedWithTheirCallLines() throws Exception {
        List<MethodInfo> methods = compile("InlinedStackTraces");
        MethodInfo wrap = method(methods, "InlinedStackTraces", "wrap");
        // wrap calls outer in a loop (line 65), which calls middle (line 43), which calls inner (line 39).
        assertEquals(List.of("outer@65<-", "middle@43<-outer", "inner@39<-middle"), activations(wrap));
        int[] scopes = wrap.trace().scopes();
        assertTrue(java.util.Arrays.stream(scopes).anyMatch(s -> s == 3), "a traced row in inner's code");
    }

    @Test
    void calleesThatThrowAreInlinedIntoTheirCallersLoops() throws Exception {
        List<String> inMain = activations(method(compile("InlinedCalleeExceptions"), "InlinedCalleeExceptions",
                "main"));
        for (String callee : List.of("at@", "divide@", "nested@", "withFinally@", "checked@", "length@")) {
            assertTrue(inMain.stream().anyMatch(a -> a.startsWith(callee)), callee + " in " + inMain);
        }
    }

    @Test
    void mutualRecursionInlinesOneMethodIntoTheOther() throws Exception {
        MethodInfo up = method(compile("InlinedRecursionOverflow"), "InlinedRecursionOverflow", "up");
        assertEquals(List.of("down@7<-"), activations(up));
    }

    @Test
    void callsWithOneImplementationInTheClosedWorldAreInlined() throws Exception {
        List<MethodInfo> methods = compile("DevirtualisedCalls");
        assertTrue(activations(method(methods, "DevirtualisedCalls", "total")).contains("area@119<-"),
                "Square.area is the only Shape");
        assertTrue(activations(method(methods, "DevirtualisedCalls", "applyAll")).isEmpty(),
                "Op has a class, a lambda and anonymous classes");
        assertTrue(activations(method(methods, "DevirtualisedCalls", "sizes")).isEmpty(),
                "Crate, made only through a constructor reference, is a Sized too");
    }
}
