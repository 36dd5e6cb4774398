package dev.moka.assembler.linux.random;

/**
 * What the generator may produce and how much of it.
 *
 * @param casesPerProgram how many {@code caseN} methods one program holds
 * @param floatingPoint   whether {@code float} and {@code double} appear
 */
record GeneratorSettings(int casesPerProgram, boolean floatingPoint) {
    /** System property that turns floating point off ({@code -Dmoka.random.floatingPoint=false}). */
    static final String FLOATING_POINT_PROPERTY = "moka.random.floatingPoint";

    /** The settings for a run: floating point is on unless the system property turns it off. */
    static GeneratorSettings fromSystemProperties(int casesPerProgram) {
        return new GeneratorSettings(casesPerProgram,
                !"false".equalsIgnoreCase(System.getProperty(FLOATING_POINT_PROPERTY, "true")));
    }
}
