package dev.moka.maven.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moka.maven.layer.MokaLayer;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * Small outside modules for the plugin's tests, compiled with the JDK's {@code javac} against the
 * {@code dev.moka.kernel.api} of the test class path: a rotating scheduler that needs a library module
 * (as a project's classes with a runtime dependency), and a frame allocator that never has a frame.
 */
final class OutsideModules {
    /** The rotating scheduler's {@code name()}. */
    static final String SCHEDULER = "outside-rotation";
    /** The empty allocator's {@code name()}. */
    static final String EMPTY_ALLOCATOR = "always-empty";

    private OutsideModules() {
    }

    /** @return the test class path's explicit modules: Moka's modules and their libraries, as the plugin has them */
    static List<Path> mokaJars() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                .filter(entry -> MokaLayer.explicitModule(entry).isPresent())
                .toList();
    }

    /** @return the jar (or classes directory) of {@code dev.moka.kernel.api} on the test class path */
    static Path kernelApi() {
        return mokaJars().stream().filter(entry -> MokaLayer.explicitModule(entry).orElseThrow()
                .equals("dev.moka.kernel.api")).findFirst().orElseThrow();
    }

    /** @return a jar holding module {@code org.example.turns}, whose one class picks turns from a queue */
    static Path turnsLibrary(Path dir) throws Exception {
        Path classes = compile(dir, "turns", Map.of(
                "module-info.java", "module org.example.turns { exports org.example.turns; }\n",
                "org/example/turns/Turns.java", """
                        package org.example.turns;

                        /** Which queued task is next: always the first, so turns go round in order. */
                        public final class Turns {
                            private Turns() {
                            }

                            public static int next(int queued) {
                                return queued == 0 ? -1 : 0;
                            }
                        }
                        """), List.of());
        return jar(classes, dir.resolve("turns.jar"));
    }

    /**
     * @return the exploded module {@code org.example.rotation}: the first queued task runs for one tick, then
     *         goes to the back of the queue; which task is first comes from {@code org.example.turns}
     */
    static Path rotatingSchedulerClasses(Path dir, Path turns) throws Exception {
        return compile(dir, "rotation", Map.of(
                "module-info.java", """
                        module org.example.rotation {
                            requires dev.moka.kernel.api;
                            requires org.example.turns;
                            provides dev.moka.kernel.api.sched.Scheduler with org.example.rotation.RotatingScheduler;
                        }
                        """,
                "org/example/rotation/RotatingScheduler.java", """
                        package org.example.rotation;

                        import dev.moka.kernel.api.sched.Scheduler;
                        import dev.moka.kernel.api.sched.Task;
                        import org.example.turns.Turns;

                        public final class RotatingScheduler implements Scheduler {
                            private final Task[] queue = new Task[256];
                            private int count;

                            public String name() { return "%s"; }

                            public void enqueue(Task task) { queue[count++] = task; }

                            public void dequeue(Task task) {
                                for (int i = 0; i < count; i++) {
                                    if (queue[i] == task) {
                                        System.arraycopy(queue, i + 1, queue, i, count - i - 1);
                                        queue[--count] = null;
                                        return;
                                    }
                                }
                            }

                            public Task pickNext() {
                                int next = Turns.next(count);
                                return next < 0 ? null : queue[next];
                            }

                            public boolean tick(Task running) {
                                this.yield(running);
                                return true;
                            }

                            public void yield(Task running) {
                                dequeue(running);
                                enqueue(running);
                            }
                        }
                        """.formatted(SCHEDULER)), List.of(turns));
    }

    /** @return the exploded module {@code org.example.empty}, a frame allocator with no frame to give */
    static Path emptyAllocatorClasses(Path dir) throws Exception {
        return compile(dir, "empty", Map.of(
                "module-info.java", """
                        module org.example.empty {
                            requires dev.moka.kernel.api;
                            provides dev.moka.kernel.api.mm.FrameAllocator with org.example.empty.EmptyAllocator;
                        }
                        """,
                "org/example/empty/EmptyAllocator.java", """
                        package org.example.empty;

                        import dev.moka.kernel.api.boot.MemoryMap;
                        import dev.moka.kernel.api.mm.FrameAllocator;

                        public final class EmptyAllocator implements FrameAllocator {
                            public String name() { return "%s"; }

                            public void init(MemoryMap map) { }

                            public long allocate() { return OUT_OF_MEMORY; }

                            public boolean free(long address) { return false; }

                            public long freeFrames() { return 0; }

                            public long totalFrames() { return 0; }
                        }
                        """.formatted(EMPTY_ALLOCATOR)), List.of());
    }

    /** Compiles the sources into {@code dir/name-classes} with {@code dev.moka.kernel.api} and {@code extra} on the module path. */
    private static Path compile(Path dir, String name, Map<String, String> sources, List<Path> extra) throws Exception {
        Path src = dir.resolve(name + "-src");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "--release", "21", "-g", "-d", dir.resolve(name + "-classes").toString(), "-p",
                String.join(File.pathSeparator, concat(kernelApi(), extra))));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            command.add(file.toString());
        }
        Process javac = new ProcessBuilder(command).inheritIO().start();
        assertEquals(0, javac.waitFor(), "javac failed for " + name);
        return dir.resolve(name + "-classes");
    }

    private static List<String> concat(Path first, List<Path> more) {
        List<String> all = new ArrayList<>(List.of(first.toString()));
        more.forEach(path -> all.add(path.toString()));
        return all;
    }

    private static Path jar(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             var files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                out.write(Files.readAllBytes(file));
            }
        }
        return jar;
    }
}
