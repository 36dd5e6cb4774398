// hashmap: HashMap<Integer, Integer> inserts, lookups, merges and removals with boxed keys.
// Arguments: operations, warm-up rounds, timed rounds. Prints the timed rounds' time and a digest.
import java.util.HashMap;
import java.util.Map;

final class Main {
    public static void main(String[] args) {
        int operations = Integer.parseInt(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        long result = 0;
        for (int i = 0; i < warmup; i++) {
            result = churn(operations);
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            result = churn(operations);
        }
        long elapsed = System.nanoTime() - start;
        System.out.println("time-ns: " + elapsed);
        System.out.println("check: " + result);
    }

    static long churn(int operations) {
        Map<Integer, Integer> map = new HashMap<>();
        int keySpace = operations / 2;
        int state = 7;
        for (int i = 0; i < operations; i++) {
            state = state * 1103515245 + 12345;
            int key = (state >>> 8) % keySpace;
            map.merge(key, 1, Integer::sum);
        }
        long digest = map.size();
        for (int key = 0; key < keySpace; key++) {
            Integer count = map.get(key);
            if (count != null) {
                digest = digest * 31 + count * (long) key;
            }
        }
        for (int key = 0; key < keySpace; key += 3) {
            map.remove(key);
        }
        long sum = 0;
        for (Map.Entry<Integer, Integer> e : map.entrySet()) {
            sum += e.getKey() ^ e.getValue();
        }
        return digest + sum + map.size();
    }
}
