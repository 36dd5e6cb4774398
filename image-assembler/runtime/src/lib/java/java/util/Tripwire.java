package java.util;

/**
 * Moka's substitute for the JDK's diagnostic switch that reports boxing in primitive spliterators when
 * a system property asks for it. Moka's images have no system properties to ask, so it is off, as it
 * is on HotSpot by default.
 */
final class Tripwire {
    /** Whether to report: never. */
    static final boolean ENABLED = false;

    private Tripwire() {
    }

    /** @param trippingClass the class that boxed @param msg the report, with {0} for the class name */
    static void trip(Class<?> trippingClass, String msg) {
        throw new UnsupportedOperationException(msg.replace("{0}", trippingClass.getName()));
    }
}
