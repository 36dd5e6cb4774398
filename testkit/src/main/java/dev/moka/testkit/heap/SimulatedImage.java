package dev.moka.testkit.heap;

import dev.moka.kernel.api.heap.HeapPlan;
import dev.moka.kernel.api.magic.Magic;
import dev.moka.kernel.api.magic.MagicBinding;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.EnumMap;
import java.util.Map;

/**
 * A compiled image's heap, simulated: the heap words compiled code allocates through, class records,
 * a table of static reference fields (the roots the kit's mutator sets), an empty stack-map table and
 * the heap itself, all in one {@link SimulatedMemory} bound to {@code Magic}. The plan is loaded
 * afresh by an {@link IntrinsicRedirectingLoader} and installed as an image's start-up does, through
 * {@code Heap.install} when the plan's class path has the kernel's heap entry, else by calling
 * {@code init} on the whole heap.
 *
 * <p>{@link #allocate} is what compiled code does for {@code new}: bump inline through the region the
 * plan set, else call the plan's {@code allocate}.
 */
public final class SimulatedImage implements AutoCloseable {
    /** Where simulated memory starts. */
    public static final long MEMORY_BASE = 0x10_0000;
    private static final long WORD_CURSOR = 0;
    private static final long WORD_LIMIT = 8;
    private static final long WORD_BASE = 16;
    private static final long WORD_END = 24;
    private static final long PAGE = 4096;

    private final SimulatedMemory memory;
    private final long heapWords;
    private final long stackMaps;
    private final long staticReferences;
    private final long rootSlots;
    private final int rootCount;
    private final Map<Shape, Long> classRecords = new EnumMap<>(Shape.class);
    private final long heapStart;
    private final long heapEnd;
    private final boolean verifyRequested;
    private final HeapPlan plan;

    /**
     * Lays out memory, binds it and installs a fresh instance of the plan.
     *
     * @param planClass       the plan, with a no-argument constructor
     * @param heapBytes       size of the heap handed to the plan, a multiple of 8
     * @param rootCount       number of static reference fields the mutator may use
     * @param verifyRequested the answer to {@code Heap.verifyRequested()}
     */
    public SimulatedImage(Class<? extends HeapPlan> planClass, long heapBytes, int rootCount, boolean verifyRequested) {
        this.rootCount = rootCount;
        this.verifyRequested = verifyRequested;
        long kitArea = PAGE + 8L * rootCount * 2;
        for (Shape shape : Shape.values()) {
            kitArea += shape.recordBytes();
        }
        kitArea = (kitArea + PAGE - 1) / PAGE * PAGE;
        memory = new SimulatedMemory(MEMORY_BASE, kitArea + heapBytes);
        heapWords = MEMORY_BASE;
        stackMaps = heapWords + 32;
        staticReferences = stackMaps + 8;
        rootSlots = staticReferences + 8 + 8L * rootCount;
        long next = rootSlots + 8L * rootCount;
        memory.write64(staticReferences, rootCount);
        for (int i = 0; i < rootCount; i++) {
            memory.write64(staticReferences + 8 + 8L * i, rootSlot(i));
        }
        for (Shape shape : Shape.values()) {
            classRecords.put(shape, next);
            next += shape.recordBytes();
        }
        for (Shape shape : Shape.values()) {
            shape.writeRecord(memory, classRecords.get(shape), classRecords.get(Shape.LEAF));
        }
        heapStart = MEMORY_BASE + kitArea;
        heapEnd = heapStart + heapBytes;
        memory.write64(heapWords + WORD_CURSOR, heapStart);
        memory.write64(heapWords + WORD_LIMIT, heapEnd);
        memory.write64(heapWords + WORD_BASE, heapStart);
        memory.write64(heapWords + WORD_END, heapEnd);
        memory.allowStores(heapWords, heapWords + 32);
        memory.allowStores(heapStart, heapEnd);
        ImageIntrinsics.bind(this);
        Magic.bind(memory);
        plan = install(planClass);
    }

    private HeapPlan install(Class<? extends HeapPlan> planClass) {
        ClassLoader parent = planClass.getClassLoader();
        IntrinsicRedirectingLoader loader = new IntrinsicRedirectingLoader(parent, planClass.getPackageName());
        try {
            Constructor<?> constructor = Class.forName(planClass.getName(), true, loader).getDeclaredConstructor();
            constructor.setAccessible(true);
            HeapPlan fresh = (HeapPlan) constructor.newInstance();
            Method heapInstall = heapEntry(loader);
            if (heapInstall == null) {
                // What Heap.install does first: compiled code must not bump into the plan's memory
                // until the plan hands out a region of its own.
                memory.write64(heapWords + WORD_CURSOR, 0);
                memory.write64(heapWords + WORD_LIMIT, 0);
                fresh.init(heapStart, heapEnd);
            } else {
                heapInstall.invoke(null, fresh);
            }
            return fresh;
        } catch (InvocationTargetException e) {
            throw rethrow(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + planClass.getName() + " with its no-argument constructor", e);
        }
    }

    private static Method heapEntry(ClassLoader loader) throws NoSuchMethodException {
        try {
            return Class.forName("dev.moka.kernel.core.heap.Heap", true, loader).getMethod("install", HeapPlan.class);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    /**
     * Allocates as compiled code does: inline from the bump region when the object fits, else through
     * the plan. Writes nothing into the object.
     *
     * @param bytes the size, a multiple of 8, at least 16
     * @return the address, or 0 when the plan reports the heap exhausted
     */
    public long allocate(long bytes) {
        long cursor = memory.read64(heapWords + WORD_CURSOR);
        long limit = memory.read64(heapWords + WORD_LIMIT);
        if (cursor != 0 && cursor + bytes <= limit) {
            memory.write64(heapWords + WORD_CURSOR, cursor + bytes);
            return cursor;
        }
        return plan.allocate(bytes);
    }

    /** Unbinds the memory and the intrinsics. */
    @Override
    public void close() {
        unbind();
    }

    /** Leaves {@code Magic} and the intrinsics unbound, whichever image was bound last. */
    static void unbind() {
        ImageIntrinsics.bind(null);
        Magic.bind(MagicBinding.UNBOUND);
    }

    /** @return the plan under test, installed */
    public HeapPlan plan() {
        return plan;
    }

    /** @return the memory */
    public SimulatedMemory memory() {
        return memory;
    }

    /** @return the first byte handed to the plan */
    public long heapStart() {
        return heapStart;
    }

    /** @return the end of the heap handed to the plan */
    public long heapEnd() {
        return heapEnd;
    }

    /** @param index a root, below the root count @return the address of its static reference field */
    public long rootSlot(int index) {
        if (index < 0 || index >= rootCount) {
            throw new IndexOutOfBoundsException(index);
        }
        return rootSlots + 8L * index;
    }

    /** @return how many roots there are */
    public int rootCount() {
        return rootCount;
    }

    /** @param shape a shape @return the address of its class record */
    public long classRecord(Shape shape) {
        return classRecords.get(shape);
    }

    long heapWords() {
        return heapWords;
    }

    boolean verifyRequested() {
        return verifyRequested;
    }

    long staticReferences() {
        return staticReferences;
    }

    long stackMaps() {
        return stackMaps;
    }
}
