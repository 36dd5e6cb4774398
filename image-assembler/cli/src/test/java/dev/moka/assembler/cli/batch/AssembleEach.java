package dev.moka.assembler.cli.batch;

import dev.moka.assembler.cli.MokaCli;

/**
 * Runs {@code moka assemble --config CONFIG --out IMAGE} once for each pair of arguments, all in
 * this one JVM, and exits with the worst status. It saves a JVM start per image in tests that
 * assemble many; it lives outside the assembler's packages because it runs from the class path
 * beside the assembler module, and a package cannot be split between the two.
 */
public final class AssembleEach {
    private AssembleEach() {
    }

    /** @param args config and image paths, alternating */
    public static void main(String[] args) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("expected pairs of config and image paths, got " + args.length + " arguments");
        }
        int worst = 0;
        for (int i = 0; i < args.length; i += 2) {
            int status = MokaCli.execute(new String[] {"assemble", "--config", args[i], "--out", args[i + 1]},
                    System.out, System.err);
            worst = Math.max(worst, status);
        }
        System.exit(worst);
    }
}
