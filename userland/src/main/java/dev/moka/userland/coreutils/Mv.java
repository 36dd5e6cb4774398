package dev.moka.userland.coreutils;

import dev.moka.relibc.Unistd;
import dev.moka.userland.Console;

/** {@code mv FROM TO}: gives a file a new name in the same scheme. */
public final class Mv {
    private Mv() {
    }

    /** @param args the old and the new name */
    public static void main(String[] args) {
        if (args.length != 2) {
            Console.error("mv", "usage: mv FROM TO");
            System.exit(2);
        }
        if (Unistd.rename(args[0], args[1]) < 0) {
            Console.error("mv", args[0] + " -> " + args[1] + ": " + Console.errno());
            System.exit(1);
        }
        System.exit(0);
    }
}
