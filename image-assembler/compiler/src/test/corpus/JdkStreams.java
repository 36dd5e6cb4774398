import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/** Streams, compiled from the JDK's own bytecode: pipelines, collectors, primitive streams, parallel ones evaluated in order. */
public class JdkStreams {
    record Person(String name, String city, int age) {
    }

    public static void main(String[] args) {
        List<Person> people = List.of(new Person("Ada", "London", 36), new Person("Alan", "Wilmslow", 41),
                new Person("Grace", "New York", 85), new Person("Edsger", "Nuenen", 72), new Person("Barbara", "New York", 84),
                new Person("Donald", "Stanford", 86), new Person("Niklaus", "Zurich", 89), new Person("Tony", "Oxford", 90));
        System.out.println(people.stream().filter(p -> p.age() > 80).map(Person::name).collect(Collectors.toList()));
        System.out.println(people.stream().map(Person::name).sorted().collect(Collectors.joining(", ", "[", "]")));
        System.out.println(people.stream().sorted(Comparator.comparingInt(Person::age).reversed()).limit(3)
                .map(p -> p.name() + ":" + p.age()).toList());
        Map<String, List<String>> byCity = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new,
                Collectors.mapping(Person::name, Collectors.toList())));
        System.out.println(byCity);
        Map<Boolean, Long> partition = people.stream().collect(Collectors.partitioningBy(p -> p.age() >= 80, Collectors.counting()));
        System.out.println(partition);
        System.out.println(people.stream().mapToInt(Person::age).sum() + " " + people.stream().mapToInt(Person::age).max().getAsInt()
                + " " + people.stream().mapToInt(Person::age).average().getAsDouble());
        IntSummaryStatistics stats = people.stream().collect(Collectors.summarizingInt(Person::age));
        System.out.println(stats);
        System.out.println(people.stream().map(Person::city).distinct().count() + " "
                + people.stream().anyMatch(p -> p.name().startsWith("G")) + " " + people.stream().allMatch(p -> p.age() > 30)
                + " " + people.stream().noneMatch(p -> p.city().isEmpty()));
        Optional<Person> first = people.stream().filter(p -> p.city().equals("New York")).findFirst();
        System.out.println(first.map(Person::name).orElse("none") + " "
                + people.stream().filter(p -> p.age() > 100).findAny().isPresent());
        TreeMap<String, Integer> ages = people.stream().collect(Collectors.toMap(Person::name, Person::age, Integer::sum, TreeMap::new));
        System.out.println(ages);
        System.out.println(Stream.of("a,b", "c", "d,e,f").flatMap(s -> Arrays.stream(s.split(","))).map(String::toUpperCase)
                .collect(Collectors.joining()));
        System.out.println(Stream.iterate(1, x -> x * 3).limit(10).toList() + " "
                + Stream.iterate(1, x -> x < 1000, x -> x * 2).skip(3).map(String::valueOf).collect(Collectors.joining("|")));
        System.out.println(IntStream.rangeClosed(1, 20).filter(i -> i % 3 == 0).boxed().collect(Collectors.toList()) + " "
                + IntStream.of(5, 3, 9, 1).sorted().mapToObj(Integer::toString).collect(Collectors.joining("<")) + " "
                + LongStream.rangeClosed(1, 20).reduce(1L, (x, y) -> x * y) + " "
                + Arrays.toString(IntStream.range(0, 5).map(i -> i * i).toArray()));
        TreeMap<Integer, ArrayList<String>> byLength = Stream.of("pear", "fig", "apple", "kiwi", "banana")
                .collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.toCollection(ArrayList::new)));
        System.out.println(byLength);
        Set<String> words = Stream.of("b", "a", "c", "a").collect(Collectors.toCollection(java.util.TreeSet::new));
        System.out.println(words + " " + Stream.of(3, 1, 2).reduce(0, Integer::sum) + " "
                + Stream.of("x", "yy", "zzz").mapToInt(String::length).summaryStatistics().getMax() + " "
                + Stream.of(4, 8, 15, 16, 23, 42).max(Comparator.naturalOrder()).get() + " "
                + Stream.<Integer>empty().min(Comparator.naturalOrder()).isPresent());
        // Parallel streams give the results of the sequential evaluation, which the parallel one also gives.
        System.out.println(IntStream.rangeClosed(1, 10_000).parallel().asLongStream().map(x -> x * x).sum() + " "
                + people.parallelStream().map(Person::name).collect(Collectors.joining("/")) + " "
                + IntStream.range(0, 100).parallel().filter(i -> i % 7 == 0).boxed().toList() + " "
                + people.stream().parallel().isParallel());
        List<Integer> peeked = new ArrayList<>();
        System.out.println(Stream.of(1, 2, 3, 4).peek(peeked::add).map(x -> x * 10).takeWhile(x -> x < 40).toList() + " " + peeked
                + " " + Stream.of(1, 2, 3, 4, 1).dropWhile(x -> x < 3).toList());
        try {
            Stream<String> s = Stream.of("once");
            s.count();
            s.count();
        } catch (IllegalStateException e) {
            System.out.println("IllegalStateException: " + e.getMessage());
        }
        try {
            List.of(1, 2).stream().map(x -> x / 0).toList();
        } catch (ArithmeticException e) {
            System.out.println("ArithmeticException: " + e.getMessage());
        }
    }
}
