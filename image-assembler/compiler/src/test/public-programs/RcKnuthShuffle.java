// Source: Rosetta Code, "Knuth shuffle" (with a seeded java.util.Random, so the run is reproducible).
import java.util.Arrays;
import java.util.Random;

public class RcKnuthShuffle {
    public static void main(String[] args) {
        Random random = new Random(42);
        int[] cards = new int[20];
        for (int i = 0; i < cards.length; i++) {
            cards[i] = i + 1;
        }
        for (int i = cards.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = cards[i];
            cards[i] = cards[j];
            cards[j] = t;
        }
        System.out.println(Arrays.toString(cards));
        System.out.println(random.nextDouble() + " " + random.nextLong() + " " + random.nextBoolean());
    }
}
