package dev.moka.assembler.providers;

import dev.moka.kernel.api.arch.ArchPackProvider;
import dev.moka.kernel.api.heap.HeapPlan;
import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.mm.PagingProvider;
import dev.moka.kernel.api.sched.Scheduler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The arch-pack, scheduler, frame-allocator and heap-plan providers visible to the assembler, by the names image configs
 * use, and the paging provider, of which there is at most one. Lookup goes through {@link ServiceLoader}, so it sees
 * {@code provides} clauses on the module path and {@code META-INF/services} files on the class path alike.
 *
 * <p>Outside modules join through {@link #use(ModulePath)}: their layer's providers are found beside
 * Moka's own. A provider's name comes from its own {@code name()}, so each lookup instantiates the
 * providers; they are small policy objects with no-argument constructors. Two providers of one kind
 * with the same name are an error, never a silent choice.
 */
public final class ProviderCatalog {
    private static volatile ModulePath modulePath = ModulePath.NONE;

    private ProviderCatalog() {
    }

    /**
     * Makes the modules of a module path visible to every later lookup (the command line and the
     * image assembler call this before they read a config).
     *
     * @param path the outside modules; {@link ModulePath#NONE} for Moka's own only
     */
    public static void use(ModulePath path) {
        modulePath = path;
    }

    /** @return the outside modules lookups currently see */
    public static ModulePath modulePath() {
        return modulePath;
    }

    /** @return the names of all schedulers, sorted */
    public static List<String> schedulerNames() {
        return names(Scheduler.class, Scheduler::name);
    }

    /** @return the names of all frame allocators, sorted */
    public static List<String> frameAllocatorNames() {
        return names(FrameAllocator.class, FrameAllocator::name);
    }

    /**
     * @param name a scheduler name, such as {@code round-robin}
     * @return the class providing it
     * @throws UnknownProviderException when no scheduler has that name
     */
    public static Class<? extends Scheduler> schedulerClass(String name) {
        return provider(Scheduler.class, Scheduler::name, "scheduler", name).type();
    }

    /**
     * @param name a frame allocator name, such as {@code bitmap}
     * @return the class providing it
     * @throws UnknownProviderException when no frame allocator has that name
     */
    public static Class<? extends FrameAllocator> frameAllocatorClass(String name) {
        return provider(FrameAllocator.class, FrameAllocator::name, "frame allocator", name).type();
    }

    /** @return the names of all heap plans, sorted */
    public static List<String> heapPlanNames() {
        return names(HeapPlan.class, HeapPlan::name);
    }

    /**
     * @param name a heap plan name, such as {@code mark-sweep}
     * @return the class providing it
     * @throws UnknownProviderException when no heap plan has that name
     */
    public static Class<? extends HeapPlan> heapPlanClass(String name) {
        return provider(HeapPlan.class, HeapPlan::name, "heap plan", name).type();
    }

    /**
     * @param name a scheduler name
     * @return a new instance of that scheduler
     * @throws UnknownProviderException when no scheduler has that name
     */
    public static Scheduler newScheduler(String name) {
        return provider(Scheduler.class, Scheduler::name, "scheduler", name).get();
    }

    /**
     * @param name a frame allocator name
     * @return a new, uninitialised instance of that frame allocator
     * @throws UnknownProviderException when no frame allocator has that name
     */
    public static FrameAllocator newFrameAllocator(String name) {
        return provider(FrameAllocator.class, FrameAllocator::name, "frame allocator", name).get();
    }

    /** @return the names of all arch packs, sorted */
    public static List<String> archPackNames() {
        return names(ArchPackProvider.class, ArchPackProvider::name);
    }

    /**
     * @param name an architecture name, such as {@code x86_64}
     * @return that arch pack's build-time provider
     * @throws UnknownProviderException when no arch pack has that name
     */
    public static ArchPackProvider archPack(String name) {
        return provider(ArchPackProvider.class, ArchPackProvider::name, "arch pack", name).get();
    }

    /**
     * @return the class of the paging provider a module provides (the boot paging check and the
     *         kernel-thread stack space), or null when no module does
     * @throws ProviderException when several modules provide one: an image has one paging provider
     */
    public static Class<? extends PagingProvider> pagingClass() {
        ServiceLoader.Provider<PagingProvider> provider = onlyProvider(PagingProvider.class, "paging provider");
        return provider == null ? null : provider.type();
    }

    /**
     * @return a new instance of the paging provider a module provides, or null when no module does
     * @throws ProviderException when several modules provide one
     */
    public static PagingProvider newPaging() {
        ServiceLoader.Provider<PagingProvider> provider = onlyProvider(PagingProvider.class, "paging provider");
        return provider == null ? null : provider.get();
    }

    private static <S> ServiceLoader.Provider<S> onlyProvider(Class<S> service, String kind) {
        List<ServiceLoader.Provider<S>> providers = providers(service).toList();
        if (providers.size() > 1) {
            throw new ProviderException("several modules provide a " + kind + ": " + String.join(", ",
                    providers.stream().map(provider -> provider.type().getName() + " (" + origin(provider.type()) + ")")
                            .sorted().toList()) + "; remove all but one from the module path");
        }
        return providers.isEmpty() ? null : providers.get(0);
    }

    private static <S> List<String> names(Class<S> service, Function<S, String> nameOf) {
        return providers(service).map(provider -> nameOf.apply(provider.get())).distinct().sorted().toList();
    }

    private static <S> ServiceLoader.Provider<S> provider(Class<S> service, Function<S, String> nameOf,
                                                         String kind, String name) {
        Map<Class<? extends S>, ServiceLoader.Provider<S>> matches = new LinkedHashMap<>();
        providers(service).filter(provider -> nameOf.apply(provider.get()).equals(name))
                .forEach(provider -> matches.putIfAbsent(provider.type(), provider));
        if (matches.size() > 1) {
            List<String> where = new ArrayList<>();
            for (Class<? extends S> type : matches.keySet()) {
                where.add(type.getName() + " (" + origin(type) + ")");
            }
            throw new ProviderException("two providers of " + kind + " \"" + name + "\": " + String.join(" and ", where)
                    + "; remove one of their modules from the module path");
        }
        return matches.values().stream().findFirst().orElseThrow(() -> new UnknownProviderException("unknown " + kind
                + " \"" + name + "\"; available: " + String.join(", ", names(service, nameOf)) + "; searched Moka's "
                + "own modules and the module path " + modulePath.describe() + "; to use an outside " + kind
                + ", add its module with --module-path PATH or MOKA_MODULE_PATH"));
    }

    /** Moka's own providers (module path or class path), then the outside modules' ones. */
    private static <S> Stream<ServiceLoader.Provider<S>> providers(Class<S> service) {
        Stream<ServiceLoader.Provider<S>> own = ServiceLoader.load(service).stream();
        ModuleLayer layer = modulePath.layer();
        if (layer == ModuleLayer.boot()) {
            return own;
        }
        Stream<ServiceLoader.Provider<S>> outside = ServiceLoader.load(layer, service).stream()
                .filter(provider -> provider.type().getModule().getLayer() == layer);
        return Stream.concat(own, outside);
    }

    private static String origin(Class<?> type) {
        Module module = type.getModule();
        return module.isNamed() ? "module " + module.getName() : "the class path";
    }
}
