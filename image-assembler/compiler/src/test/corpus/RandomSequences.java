import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedList;
import java.util.List;
import java.util.Random;

public class RandomSequences {
    public static void main(String[] args) {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            sb.append(r.nextInt()).append(' ').append(r.nextInt(100)).append(' ').append(r.nextInt(64)).append(' ')
                    .append(r.nextInt(1, 7)).append(' ').append(r.nextInt(-5, 5)).append(' ')
                    .append(r.nextInt(Integer.MIN_VALUE, Integer.MAX_VALUE)).append('\n');
        }
        System.out.print(sb);
        System.out.println(r.nextLong() + " " + r.nextBoolean() + " " + r.nextFloat() + " " + r.nextDouble() + " "
                + r.nextGaussian() + " " + r.nextGaussian() + " " + r.nextGaussian());
        byte[] bytes = new byte[11];
        r.nextBytes(bytes);
        System.out.println(Arrays.toString(bytes));
        r.setSeed(7);
        System.out.println(r.nextInt(1000) + " " + r.nextGaussian() + " " + new Random(7).nextInt(1000));
        for (long seed : new long[] {0, -1, Long.MAX_VALUE, 123456789L}) {
            Random s = new Random(seed);
            System.out.println(seed + ": " + s.nextInt(10) + " " + s.nextInt(1 << 20) + " " + s.nextInt(1000000007) + " "
                    + s.nextDouble());
        }
        List<Integer> array = new ArrayList<>();
        List<Integer> linked = new LinkedList<>();
        for (int i = 0; i < 12; i++) {
            array.add(i);
            linked.add(i);
        }
        Collections.shuffle(array, new Random(3));
        Collections.shuffle(linked, new Random(3));
        System.out.println(array + " " + linked);
        List<String> few = new LinkedList<>(List.of("a", "b", "c"));
        Collections.shuffle(few, new Random(11));
        System.out.println(few);
        try {
            r.nextInt(0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            r.nextInt(5, 5);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        double m = Math.random();
        System.out.println(m >= 0 && m < 1);
        Random unseeded = new Random();
        int v = unseeded.nextInt(6);
        System.out.println(v >= 0 && v < 6);
    }
}
