import java.util.function.Function;
import java.util.function.Supplier;

/** Overloaded methods whose lambdas sit at the same bytecode index each get their own lambda class. */
public class LambdaOverloads {
    static Function<String, String> wrap() {
        return s -> "[" + s + "]";
    }

    static Function<String, String> wrap(String left) {
        return s -> left + s;
    }

    static Function<String, String> wrap(String left, String right) {
        return s -> left + s + right;
    }

    static Supplier<Integer> count(int n) {
        return () -> n;
    }

    static Supplier<Integer> count(long n) {
        return () -> (int) (n * 2);
    }

    public static void main(String[] args) {
        System.out.println(wrap().apply("a") + " " + wrap("<").apply("b") + " " + wrap("(", ")").apply("c"));
        System.out.println(count(3).get() + " " + count(3L).get());
        System.out.println(wrap("x").andThen(wrap()).apply("y"));
    }
}
