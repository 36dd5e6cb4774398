package dev.moka.userland.coreutils;

import dev.moka.userland.Console;

/** {@code echo [-n] WORDS}: prints its arguments separated by blanks, then a line feed unless {@code -n}. */
public final class Echo {
    private Echo() {
    }

    /** @param args the words */
    public static void main(String[] args) {
        boolean newline = args.length == 0 || !args[0].equals("-n");
        StringBuilder text = new StringBuilder();
        for (int i = newline ? 0 : 1; i < args.length; i++) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(args[i]);
        }
        if (newline) {
            text.append('\n');
        }
        Console.out(text.toString());
    }
}
