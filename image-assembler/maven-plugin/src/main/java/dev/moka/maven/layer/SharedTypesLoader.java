package dev.moka.maven.layer;

/**
 * The parent of the layer's loader: it hands out this package's types from the host, so the host
 * and the engine agree on {@link ImageEngine} and its records, and the platform's classes; nothing
 * else of the host (its own copies of Moka, Maven) is visible inside the layer.
 */
final class SharedTypesLoader extends ClassLoader {
    private static final String SHARED_PACKAGE = ImageEngine.class.getPackageName() + ".";

    private final ClassLoader host;

    SharedTypesLoader(ClassLoader host) {
        super("moka-shared-types", ClassLoader.getPlatformClassLoader());
        this.host = host;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(SHARED_PACKAGE) && name.indexOf('.', SHARED_PACKAGE.length()) < 0) {
            return host.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }
}
