// Source: Rosetta Code, "Pascal's triangle".
import java.util.ArrayList;
import java.util.List;

public class RcPascalsTriangle {
    public static void main(String[] args) {
        List<Long> row = new ArrayList<>();
        row.add(1L);
        for (int n = 0; n < 15; n++) {
            System.out.println(" ".repeat(2 * (15 - n)) + row.stream().map(v -> String.format("%4d", v))
                    .reduce("", String::concat));
            List<Long> next = new ArrayList<>();
            next.add(1L);
            for (int i = 1; i < row.size(); i++) {
                next.add(row.get(i - 1) + row.get(i));
            }
            next.add(1L);
            row = next;
        }
    }
}
