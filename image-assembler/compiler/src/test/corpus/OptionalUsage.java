import java.util.Optional;
public class OptionalUsage {
    static Optional<String> find(String[] xs, char first) { for (String x : xs) if (x.charAt(0) == first) return Optional.of(x); return Optional.empty(); }
    public static void main(String[] args) {
        String[] words = { "apple", "banana", "cherry" };
        Optional<String> b = find(words, 'b'), z = find(words, 'z');
        System.out.println(b.isPresent() + " " + b.get() + " " + z.isPresent() + " " + z.isEmpty() + " " + z.orElse("none"));
        System.out.println(b + " " + z + " " + Optional.ofNullable(null) + " " + b.equals(Optional.of("banana")));
    }
}
