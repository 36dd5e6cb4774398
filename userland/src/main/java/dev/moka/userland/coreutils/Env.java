package dev.moka.userland.coreutils;

import dev.moka.userland.Console;
import java.util.Map;

/** {@code env}: prints the environment, one {@code NAME=value} per line, in the order it was given. */
public final class Env {
    private Env() {
    }

    /** @param args none */
    public static void main(String[] args) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> entry : System.getenv().entrySet()) {
            out.append(entry.getKey()).append('=').append(entry.getValue()).append('\n');
        }
        Console.out(out.toString());
    }
}
