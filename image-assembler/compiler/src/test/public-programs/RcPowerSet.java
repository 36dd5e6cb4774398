// Source: Rosetta Code, "Power set" and "Permutations".
import java.util.ArrayList;
import java.util.List;

public class RcPowerSet {
    static <T> List<List<T>> powerSet(List<T> set) {
        List<List<T>> result = new ArrayList<>();
        for (int mask = 0; mask < (1 << set.size()); mask++) {
            List<T> subset = new ArrayList<>();
            for (int i = 0; i < set.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    subset.add(set.get(i));
                }
            }
            result.add(subset);
        }
        return result;
    }

    static void permutations(String prefix, String rest, List<String> out) {
        if (rest.isEmpty()) {
            out.add(prefix);
        }
        for (int i = 0; i < rest.length(); i++) {
            permutations(prefix + rest.charAt(i), rest.substring(0, i) + rest.substring(i + 1), out);
        }
    }

    public static void main(String[] args) {
        System.out.println(powerSet(List.of(1, 2, 3, 4)));
        List<String> perms = new ArrayList<>();
        permutations("", "abcd", perms);
        System.out.println(perms.size() + " " + perms);
    }
}
