package dev.moka.assembler.providers;

import dev.moka.kernel.api.arch.ArchPackProvider;
import dev.moka.kernel.api.heap.HeapPlan;
import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.mm.PagingCheckProvider;
import dev.moka.kernel.api.sched.Scheduler;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * The arch-pack, scheduler, frame-allocator and heap-plan providers visible to the assembler, by the names image configs
 * use, and the paging check, of which there is at most one. Lookup goes through {@link ServiceLoader}, so it sees
 * {@code provides} clauses on the module path and {@code META-INF/services} files on the class path alike.
 *
 * <p>A provider's name comes from its own {@code name()}, so each lookup instantiates the providers;
 * they are small policy objects with no-argument constructors.
 */
public final class ProviderCatalog {
    private ProviderCatalog() {
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
     * @return the class of the paging check a module provides, or null when no module does
     * @throws IllegalStateException when several modules provide one: an image has one check
     */
    public static Class<? extends PagingCheckProvider> pagingCheckClass() {
        ServiceLoader.Provider<PagingCheckProvider> provider = onlyProvider(PagingCheckProvider.class, "paging check");
        return provider == null ? null : provider.type();
    }

    /**
     * @return a new instance of the paging check a module provides, or null when no module does
     * @throws IllegalStateException when several modules provide one
     */
    public static PagingCheckProvider newPagingCheck() {
        ServiceLoader.Provider<PagingCheckProvider> provider = onlyProvider(PagingCheckProvider.class, "paging check");
        return provider == null ? null : provider.get();
    }

    private static <S> ServiceLoader.Provider<S> onlyProvider(Class<S> service, String kind) {
        List<ServiceLoader.Provider<S>> providers = ServiceLoader.load(service).stream().toList();
        if (providers.size() > 1) {
            throw new IllegalStateException("several modules provide a " + kind + ": " + String.join(", ",
                    providers.stream().map(provider -> provider.type().getName()).sorted().toList()));
        }
        return providers.isEmpty() ? null : providers.get(0);
    }

    private static <S> List<String> names(Class<S> service, Function<S, String> nameOf) {
        return ServiceLoader.load(service).stream()
                .map(provider -> nameOf.apply(provider.get()))
                .sorted()
                .toList();
    }

    private static <S> ServiceLoader.Provider<S> provider(Class<S> service, Function<S, String> nameOf,
                                                         String kind, String name) {
        return ServiceLoader.load(service).stream()
                .filter(provider -> nameOf.apply(provider.get()).equals(name))
                .findFirst()
                .orElseThrow(() -> new UnknownProviderException("unknown " + kind + " \"" + name
                        + "\"; available: " + String.join(", ", names(service, nameOf))));
    }
}
