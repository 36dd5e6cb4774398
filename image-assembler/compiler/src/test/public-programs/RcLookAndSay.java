// Source: Rosetta Code, "Look-and-say sequence".
public class RcLookAndSay {
    static String next(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int run = 1;
            while (i + run < s.length() && s.charAt(i + run) == c) {
                run++;
            }
            out.append(run).append(c);
            i += run;
        }
        return out.toString();
    }

    public static void main(String[] args) {
        String s = "1";
        for (int i = 0; i < 15; i++) {
            System.out.println(s);
            s = next(s);
        }
        System.out.println("length of term 30: " + lengthAt(30));
    }

    static int lengthAt(int n) {
        String s = "1";
        for (int i = 1; i < n; i++) {
            s = next(s);
        }
        return s.length();
    }
}
