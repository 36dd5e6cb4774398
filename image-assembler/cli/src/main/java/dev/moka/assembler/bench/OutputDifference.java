package dev.moka.assembler.bench;

/** Compares a public program's standard output on both sides and names the first difference. */
final class OutputDifference {
    private static final int SHOWN = 60;

    private OutputDifference() {
    }

    /**
     * @param moka    Moka's output, one character per byte
     * @param hotspot HotSpot's output, likewise
     * @return null when they are equal, else where they first differ
     */
    static String describe(String moka, String hotspot) {
        if (moka.equals(hotspot)) {
            return null;
        }
        int at = 0;
        while (at < moka.length() && at < hotspot.length() && moka.charAt(at) == hotspot.charAt(at)) {
            at++;
        }
        return "output differs from HotSpot's at byte " + at + " (moka " + moka.length() + " bytes, hotspot "
                + hotspot.length() + "): moka \"" + around(moka, at) + "\", hotspot \"" + around(hotspot, at) + "\"";
    }

    /** @param output a program's output @return its first line, shortened, as the result's check */
    static String firstLine(String output) {
        int end = output.indexOf('\n');
        String line = end < 0 ? output : output.substring(0, end);
        return line.length() <= SHOWN ? line : line.substring(0, SHOWN) + "...";
    }

    private static String around(String text, int at) {
        int end = Math.min(text.length(), at + 20);
        return text.substring(at, end).replace("\n", "\\n");
    }
}
