package dev.moka.userland.coreutils;

import dev.moka.relibc.Time;
import dev.moka.userland.Console;

/** {@code sleep SECONDS}: waits that long (a decimal fraction is allowed, as in {@code sleep 0.5}). */
public final class Sleep {
    private Sleep() {
    }

    /** @param args the seconds */
    public static void main(String[] args) {
        if (args.length != 1) {
            Console.error("sleep", "usage: sleep SECONDS");
            System.exit(2);
        }
        long nanos;
        try {
            nanos = (long) (Double.parseDouble(args[0]) * 1e9);
        } catch (NumberFormatException notNumber) {
            nanos = -1;
        }
        if (nanos < 0) {
            Console.error("sleep", "invalid time " + args[0]);
            System.exit(2);
        }
        if (Time.nanosleep(nanos) < 0) {
            Console.error("sleep", Console.errno());
            System.exit(1);
        }
    }
}
