// Source: Rosetta Code, "Roman numerals/Encode" and "Roman numerals/Decode".
import java.util.LinkedHashMap;
import java.util.Map;

public class RcRomanNumerals {
    private static final Map<String, Integer> VALUES = new LinkedHashMap<>();

    static {
        VALUES.put("M", 1000);
        VALUES.put("CM", 900);
        VALUES.put("D", 500);
        VALUES.put("CD", 400);
        VALUES.put("C", 100);
        VALUES.put("XC", 90);
        VALUES.put("L", 50);
        VALUES.put("XL", 40);
        VALUES.put("X", 10);
        VALUES.put("IX", 9);
        VALUES.put("V", 5);
        VALUES.put("IV", 4);
        VALUES.put("I", 1);
    }

    static String encode(int n) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Integer> e : VALUES.entrySet()) {
            while (n >= e.getValue()) {
                sb.append(e.getKey());
                n -= e.getValue();
            }
        }
        return sb.toString();
    }

    static int decode(String roman) {
        int result = 0;
        int i = 0;
        while (i < roman.length()) {
            if (i + 1 < roman.length() && VALUES.containsKey(roman.substring(i, i + 2))) {
                result += VALUES.get(roman.substring(i, i + 2));
                i += 2;
            } else {
                result += VALUES.get(roman.substring(i, i + 1));
                i++;
            }
        }
        return result;
    }

    public static void main(String[] args) {
        for (int n : new int[] {1990, 2008, 1666, 3999, 4, 14, 944}) {
            String r = encode(n);
            System.out.println(n + " = " + r + " = " + decode(r));
        }
    }
}
