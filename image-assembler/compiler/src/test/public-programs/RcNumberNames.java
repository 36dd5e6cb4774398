// Source: Rosetta Code, "Number names".
public class RcNumberNames {
    private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};
    private static final String[] BIG = {"", " thousand", " million", " billion"};

    static String name(long n) {
        if (n < 0) {
            return "minus " + name(-n);
        }
        if (n < 20) {
            return SMALL[(int) n];
        }
        if (n < 100) {
            return TENS[(int) (n / 10)] + (n % 10 != 0 ? "-" + SMALL[(int) (n % 10)] : "");
        }
        if (n < 1000) {
            return SMALL[(int) (n / 100)] + " hundred" + (n % 100 != 0 ? " and " + name(n % 100) : "");
        }
        String result = "";
        int group = 0;
        while (n > 0) {
            long part = n % 1000;
            if (part != 0) {
                result = name(part) + BIG[group] + (result.isEmpty() ? "" : ", " + result);
            }
            n /= 1000;
            group++;
        }
        return result;
    }

    public static void main(String[] args) {
        for (long n : new long[] {0, 13, 85, 100, 999, 1001, 123456789, -42}) {
            System.out.println(n + ": " + name(n));
        }
    }
}
