package dev.moka.maven.layer;

import java.io.IOException;
import java.io.InputStream;

/**
 * Loads the engine's package from the host's class files, but as a class of its own whose parent is
 * the layer's loader: the engine's references to Moka resolve to the layer's modules, not to the
 * host's class path. It is an unnamed module, which reads every module of the layer.
 */
final class EngineLoader extends ClassLoader {
    private static final String ENGINE_PACKAGE = MokaLayer.ENGINE_CLASS.substring(0,
            MokaLayer.ENGINE_CLASS.lastIndexOf('.') + 1);

    private final ClassLoader host;

    EngineLoader(ClassLoader moka, ClassLoader host) {
        super("moka-engine", moka);
        this.host = host;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!isEngineClass(name)) {
            return super.loadClass(name, resolve);
        }
        // Engine classes first, here: the host has them too, but there they would see the host's copies of Moka.
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = findClass(name);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        if (!isEngineClass(name)) {
            throw new ClassNotFoundException(name);
        }
        String resource = name.replace('.', '/') + ".class";
        try (InputStream in = host.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ClassNotFoundException(name);
            }
            byte[] bytes = in.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException unreadable) {
            throw new ClassNotFoundException(name, unreadable);
        }
    }

    private static boolean isEngineClass(String name) {
        return name.startsWith(ENGINE_PACKAGE) && name.indexOf('.', ENGINE_PACKAGE.length()) < 0;
    }
}
