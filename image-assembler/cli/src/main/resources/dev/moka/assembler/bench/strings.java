// strings: StringBuilder appends of ints, chars and strings, then a scan of the built text.
// Arguments: lines, warm-up rounds, timed rounds. Prints the timed rounds' time and a digest.
final class Main {
    public static void main(String[] args) {
        int lines = Integer.parseInt(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        long result = 0;
        for (int i = 0; i < warmup; i++) {
            result = build(lines);
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            result = build(lines);
        }
        long elapsed = System.nanoTime() - start;
        System.out.println("time-ns: " + elapsed);
        System.out.println("check: " + result);
    }

    static long build(int lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            text.append("line ").append(i).append(':').append(' ');
            text.append(i * 7919L).append(',').append(-i).append('\n');
        }
        String s = text.toString();
        long digest = s.length();
        int newlines = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                newlines++;
            }
            digest = digest * 31 + c;
        }
        StringBuilder reversed = new StringBuilder(s.substring(0, Math.min(s.length(), 1000))).reverse();
        return digest + newlines + s.hashCode() + reversed.toString().hashCode();
    }
}
