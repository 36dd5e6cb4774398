// Source: Rosetta Code, "Sum and product of an array" and "Primality by trial division" (written with streams).
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

public class RcStreamsPrimes {
    static boolean isPrime(int n) {
        return n > 1 && IntStream.rangeClosed(2, (int) Math.sqrt(n)).noneMatch(d -> n % d == 0);
    }

    public static void main(String[] args) {
        int[] values = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        System.out.println(Arrays.stream(values).sum() + " " + Arrays.stream(values).asLongStream().reduce(1, (a, b) -> a * b));
        List<Integer> primes = IntStream.range(0, 60).filter(RcStreamsPrimes::isPrime).boxed().collect(Collectors.toList());
        System.out.println(primes);
        System.out.println(primes.stream().map(String::valueOf).collect(Collectors.joining("+")));
    }
}
