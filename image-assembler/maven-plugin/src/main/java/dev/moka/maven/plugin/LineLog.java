package dev.moka.maven.plugin;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** An output stream that hands each complete line to a logger, so the engine's progress reads as Maven's log. */
final class LineLog extends OutputStream {
    private final Consumer<String> log;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    LineLog(Consumer<String> log) {
        this.log = log;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            emit();
        } else if (b != '\r') {
            line.write(b);
        }
    }

    /** Hands over a last line that had no line end. */
    @Override
    public synchronized void close() {
        if (line.size() > 0) {
            emit();
        }
    }

    private void emit() {
        log.accept(line.toString(StandardCharsets.UTF_8));
        line.reset();
    }
}
