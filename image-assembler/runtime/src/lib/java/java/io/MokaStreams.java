package java.io;

/** Makes the standard streams of {@code java.lang.System} from classes private to this package. */
public final class MokaStreams {
    private MokaStreams() {
    }

    /** @return standard input, buffered as the JDK's {@code System.in} is */
    public static InputStream standardInput() {
        return new BufferedInputStream(new MokaStandardInput());
    }
}
