package dev.moka.assembler.hosted;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The classes of one hosted process: natively each process has an image of its own, so its statics
 * (relibc's {@code errno}, the binding of its system calls, a program's own fields) are its own; here
 * each process gets a loader of its own that defines the program's classes, relibc, the scheme API and
 * the kernel API's constants and magic layer afresh, from the bytes the host's loader sees, passed
 * through {@link SafepointInstrumenter}. Everything else (the JDK) is shared, as natively the
 * compiled class library is the same code in every image, and so are the two interfaces a process
 * is bound through, {@code SyscallBinding} and {@code MagicBinding}, which the host implements.
 */
final class ProgramClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    /** Packages each process has its own copy of. */
    private static final List<String> OWN = List.of("dev.moka.userland.", "dev.moka.relibc.", "dev.moka.scheme.",
            "dev.moka.kernel.api.");
    /** The host's side of the boundary, shared by every process. */
    private static final Set<String> SHARED = Set.of("dev.moka.relibc.sys.SyscallBinding",
            "dev.moka.kernel.api.magic.MagicBinding");
    /** Instrumented class files by class name: the same for every process, made once. */
    private static final Map<String, byte[]> INSTRUMENTED = new ConcurrentHashMap<>();

    private final ClassLoader host;

    /** @param host the loader whose classes the process's are copies of */
    ProgramClassLoader(ClassLoader host) {
        super("moka-process", host);
        this.host = host;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!isOwn(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                byte[] bytes = instrumented(name);
                loaded = defineClass(name, bytes, 0, bytes.length);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    static boolean isOwn(String name) {
        if (SHARED.contains(name)) {
            return false;
        }
        for (String prefix : OWN) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private byte[] instrumented(String name) throws ClassNotFoundException {
        byte[] cached = INSTRUMENTED.get(name);
        if (cached != null) {
            return cached;
        }
        String resource = name.replace('.', '/') + ".class";
        byte[] original;
        try (InputStream in = host.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ClassNotFoundException(name);
            }
            original = in.readAllBytes();
        } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
        }
        byte[] bytes = SafepointInstrumenter.instrument(original);
        byte[] first = INSTRUMENTED.putIfAbsent(name, bytes);
        return first != null ? first : bytes;
    }
}
