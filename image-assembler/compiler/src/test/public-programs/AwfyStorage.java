// Source: Are We Fast Yet? benchmark suite (Marr et al.), "Storage".
public class AwfyStorage {
    private static final class Random {
        private int seed = 74755;

        int next() {
            seed = ((seed * 1309) + 13849) & 65535;
            return seed;
        }
    }

    private int count;

    public static void main(String[] args) {
        // The iterations may be given, as the suite's harness does; the result is the same for any count.
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int result = 0;
        for (int i = 0; i < iterations; i++) {
            AwfyStorage s = new AwfyStorage();
            s.buildTreeDepth(7, new Random());
            result = s.count;
        }
        System.out.println("Storage: " + result + (result == 5461 ? " (verified)" : " (WRONG)"));
    }

    Object buildTreeDepth(int depth, Random random) {
        count++;
        if (depth == 1) {
            return new Object[random.next() % 10 + 1];
        }
        Object[] arr = new Object[4];
        for (int i = 0; i < arr.length; i++) {
            arr[i] = buildTreeDepth(depth - 1, random);
        }
        return arr;
    }
}
