package dev.moka.assembler.linux.random;

/**
 * What the generator may produce and how much of it.
 *
 * @param casesPerProgram how many {@code caseN} methods one program holds
 * @param floatingPoint   whether {@code float} and {@code double} appear
 */
record GeneratorSettings(int casesPerProgram, boolean floatingPoint) {
    /** System property that turns floating point on ({@code -Dmoka.random.floatingPoint=true}). */
    static final String FLOATING_POINT_PROPERTY = "moka.random.floatingPoint";

    /** The settings for a run: floating point stays off unless the system property turns it on. */
    static GeneratorSettings fromSystemProperties(int casesPerProgram) {
        return new GeneratorSettings(casesPerProgram, Boolean.getBoolean(FLOATING_POINT_PROPERTY));
    }
}
