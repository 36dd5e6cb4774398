package dev.moka.testkit.heap;

import dev.moka.kernel.api.heap.HeapPlan;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.TreeMap;

/**
 * The mutator and what it knows: it allocates objects as compiled code does, writes their headers and
 * recognisable data, stores references in the image's static fields (the roots) and in objects, and
 * keeps the true object graph. Every allocation is checked as it returns; {@link #checkLiveObjects()}
 * checks the heap between steps.
 *
 * <p>Checked at each allocation: the address is 8-aligned and the object lies in the heap given to the
 * plan; its bytes are zero; it overlaps no reachable object; {@code collections()} never goes down; and
 * 0 (out of memory) comes only when the request could not be met within what the plan promises
 * (reachable bytes plus the request above {@link HeapPlanContract#guaranteedBytes}; for a plan that
 * does not reclaim garbage, all bytes ever allocated count). Between steps: every reachable object
 * still holds its class, length, data and references.
 */
public final class HeapModel {
    private static final long MAX_LENGTH = 1 << 16;

    private final SimulatedImage image;
    private final HeapPlan plan;
    private final boolean reclaims;
    private final long guaranteed;
    private final HeapObject[] roots;
    private long nextId = 1;
    private long allocatedBytes;
    private long collections;
    /** The reachable objects by address, kept up to date as references are added; null when stale. */
    private TreeMap<Long, HeapObject> reachableByAddress;
    private Set<HeapObject> reachableSet;
    private long reachableBytes;

    /**
     * @param image              the image, with the plan installed
     * @param reclaimsGarbage    whether the plan promises to reclaim unreachable objects
     * @param guaranteedBytes    bytes the plan promises to hold (reachable, or all ever allocated)
     */
    public HeapModel(SimulatedImage image, boolean reclaimsGarbage, long guaranteedBytes) {
        this.image = image;
        this.plan = image.plan();
        this.reclaims = reclaimsGarbage;
        this.guaranteed = guaranteedBytes;
        this.roots = new HeapObject[image.rootCount()];
        this.collections = plan.collections();
        check(collections >= 0, "collections() is " + collections + " before any allocation");
    }

    /** @return the image */
    public SimulatedImage image() {
        return image;
    }

    /**
     * Allocates one object and writes its header and data; nothing refers to it yet.
     *
     * @param shape  its shape
     * @param length its array length, ignored for instances
     * @return the object, or null when the plan reported the heap exhausted (and was entitled to)
     */
    public HeapObject allocate(Shape shape, int length) {
        int actualLength = shape.isArray() ? (int) Math.min(Math.max(length, 0), MAX_LENGTH) : 0;
        long size = shape.size(actualLength);
        long address = allocateChecked(size, shape + (shape.isArray() ? "[" + actualLength + "]" : ""));
        if (address == 0) {
            return null;
        }
        HeapObject object = new HeapObject(nextId++, shape, actualLength, address);
        SimulatedMemory memory = image.memory();
        memory.write64(address, image.classRecord(shape));
        if (shape.isArray()) {
            memory.write32(address + 16, actualLength);
        }
        for (int i = 0; i < shape.dataWords(actualLength); i++) {
            memory.write64(address + shape.dataOffset(i), object.data(i));
        }
        return object;
    }

    /**
     * Asks for a raw block, as the allocation paths do, and checks the answer; writes nothing.
     *
     * @param size the request, a multiple of 8, at least 16
     * @param what the request, for messages
     * @return the address, or 0 when the plan was entitled to report the heap exhausted
     */
    long allocateChecked(long size, String what) {
        long liveBytes = reclaims ? reachableBytes() : allocatedBytes;
        long address = image.allocate(size);
        long now = plan.collections();
        check(now >= collections, "collections() went from " + collections + " to " + now);
        collections = now;
        if (address == 0) {
            check(liveBytes + size > guaranteed, "out of memory for " + what + " (" + size + " bytes) with "
                    + liveBytes + (reclaims ? " bytes reachable" : " bytes allocated") + ", though the plan promises "
                    + guaranteed);
            return 0;
        }
        String block = what + " (" + size + " bytes) at " + hex(address);
        check((address & 7) == 0, "handed out " + block + ", not 8-aligned");
        check(address >= image.heapStart() && address + size <= image.heapEnd(), "handed out " + block
                + ", outside the heap [" + hex(image.heapStart()) + ", " + hex(image.heapEnd()) + ")");
        HeapObject overlapped = reachableOverlapping(address, size);
        check(overlapped == null, "handed out " + block + ", overlapping reachable " + overlapped);
        for (long p = address; p < address + size; p += 8) {
            long word = image.memory().read64(p);
            check(word == 0, "handed out " + block + " with " + hex(word) + " at " + hex(p) + ", not zeroed");
        }
        allocatedBytes += size;
        return address;
    }

    /**
     * Allocates an object into a root; the object the root held may become garbage.
     *
     * @param shape  its shape
     * @param length its array length
     * @param root   the root, taken modulo the root count
     */
    public void allocateIntoRoot(Shape shape, int length, int root) {
        HeapObject object = allocate(shape, length);
        if (object != null) {
            setRoot(Math.floorMod(root, roots.length), object);
        }
    }

    /**
     * Points a reference slot of a reachable object at another reachable object, or clears it.
     *
     * @param sourcePick chooses the source among reachable objects with reference slots
     * @param slotPick   chooses the slot
     * @param targetPick chooses the target among reachable objects; negative clears the slot
     */
    public void link(int sourcePick, int slotPick, int targetPick) {
        List<HeapObject> reachable = reachable();
        List<HeapObject> sources = new ArrayList<>();
        for (HeapObject object : reachable) {
            if (object.referenceCount() > 0) {
                sources.add(object);
            }
        }
        if (sources.isEmpty()) {
            return;
        }
        HeapObject source = sources.get(Math.floorMod(sourcePick, sources.size()));
        HeapObject target = targetPick < 0 ? null : reachable.get(Math.floorMod(targetPick, reachable.size()));
        setReference(source, Math.floorMod(slotPick, source.referenceCount()), target);
    }

    /**
     * Stores a reference in an object the kit allocated.
     *
     * @param source the object
     * @param slot   one of its reference slots
     * @param target the object referred to, or null
     */
    public void setReference(HeapObject source, int slot, HeapObject target) {
        HeapObject old = source.reference(slot);
        source.setReference(slot, target);
        image.memory().write64(source.address() + source.shape().referenceOffset(slot), target == null ? 0 : target.address());
        referenceChanged(reachableSet != null && reachableSet.contains(source), old, target);
    }

    /**
     * Stores a reference in a root.
     *
     * @param root   a root index
     * @param target the object, or null
     */
    public void setRoot(int root, HeapObject target) {
        HeapObject old = roots[root];
        roots[root] = target;
        image.memory().write64(image.rootSlot(root), target == null ? 0 : target.address());
        referenceChanged(true, old, target);
    }

    /**
     * Keeps the reachable set current: a reference added from a reachable place adds what it reaches;
     * a reference replaced or removed may free anything, so the set is recomputed when next needed.
     */
    private void referenceChanged(boolean fromReachable, HeapObject old, HeapObject target) {
        if (reachableSet == null || old == target) {
            return;
        }
        if (old != null) {
            reachableSet = null;
            reachableByAddress = null;
        } else if (fromReachable) {
            addClosure(target);
        }
    }

    private void addClosure(HeapObject from) {
        if (!reachableSet.add(from)) {
            return;
        }
        Deque<HeapObject> work = new ArrayDeque<>();
        work.push(from);
        while (!work.isEmpty()) {
            HeapObject object = work.pop();
            reachableByAddress.put(object.address(), object);
            reachableBytes += object.size();
            for (int i = 0; i < object.referenceCount(); i++) {
                HeapObject next = object.reference(i);
                if (next != null && reachableSet.add(next)) {
                    work.push(next);
                }
            }
        }
    }

    /** @param root a root, taken modulo the root count; it is cleared */
    public void drop(int root) {
        setRoot(Math.floorMod(root, roots.length), null);
    }

    /** Clears every root: everything becomes garbage. */
    public void dropAll() {
        for (int root = 0; root < roots.length; root++) {
            setRoot(root, null);
        }
    }

    /**
     * Allocates objects that nothing refers to: garbage from the start.
     *
     * @param count    how many
     * @param seed     chooses their shapes and lengths
     * @param maxBytes the largest object
     */
    public void churn(int count, long seed, long maxBytes) {
        SplittableRandom random = new SplittableRandom(seed);
        int maxLength = (int) Math.max(0, Math.min(MAX_LENGTH, (maxBytes - Shape.LONGS.size(0)) / 8));
        for (int i = 0; i < count; i++) {
            Shape shape = Shape.values()[random.nextInt(Shape.values().length)];
            int length = random.nextInt(4) == 0 ? random.nextInt(maxLength + 1) : random.nextInt(Math.min(33, maxLength + 1));
            allocate(shape, length);
        }
    }

    /** Asks for more than the whole heap, which must come back as 0 (the bounds check catches anything else). */
    public void requestMoreThanTheHeap() {
        long size = (image.heapEnd() - image.heapStart() + 16) & ~7L;
        long address = allocateChecked(size, "a block larger than the heap");
        check(address == 0, "handed out a block larger than the heap");
    }

    /** Checks that every reachable object still holds its class, length, data and references. */
    public void checkLiveObjects() {
        SimulatedMemory memory = image.memory();
        ensureReachable();
        for (HeapObject object : reachableByAddress.values()) {
            long address = object.address();
            long header = memory.read64(address);
            long record = image.classRecord(object.shape());
            check(header == record, "reachable " + object + " lost its class: header " + hex(header) + ", not "
                    + hex(record));
            if (object.shape().isArray()) {
                int length = (int) memory.read64(address + 16);
                check(length == object.length(), "reachable " + object + " has length " + length);
            }
            for (int i = 0; i < object.shape().dataWords(object.length()); i++) {
                long word = memory.read64(address + object.shape().dataOffset(i));
                check(word == object.data(i), "reachable " + object + " data word " + i + " is " + hex(word)
                        + ", not " + hex(object.data(i)));
            }
            for (int i = 0; i < object.referenceCount(); i++) {
                HeapObject target = object.reference(i);
                long expected = target == null ? 0 : target.address();
                long word = memory.read64(address + object.shape().referenceOffset(i));
                check(word == expected, "reachable " + object + " reference " + i + " is " + hex(word) + ", not "
                        + hex(expected));
            }
        }
        for (int root = 0; root < roots.length; root++) {
            long expected = roots[root] == null ? 0 : roots[root].address();
            long word = memory.read64(image.rootSlot(root));
            check(word == expected, "root " + root + " holds " + hex(word) + ", not " + hex(expected)
                    + "; a plan must not move objects it does not declare movable");
        }
    }

    /** @return every object reachable from the roots, by address */
    public List<HeapObject> reachable() {
        ensureReachable();
        return List.copyOf(reachableByAddress.values());
    }

    /** @return bytes of every reachable object */
    public long reachableBytes() {
        ensureReachable();
        return reachableBytes;
    }

    private void ensureReachable() {
        if (reachableSet != null) {
            return;
        }
        reachableSet = Collections.newSetFromMap(new IdentityHashMap<>());
        reachableByAddress = new TreeMap<>();
        reachableBytes = 0;
        for (HeapObject root : roots) {
            if (root != null) {
                addClosure(root);
            }
        }
    }

    private HeapObject reachableOverlapping(long address, long size) {
        ensureReachable();
        Map.Entry<Long, HeapObject> below = reachableByAddress.floorEntry(address + size - 1);
        if (below != null && below.getKey() + below.getValue().size() > address) {
            return below.getValue();
        }
        return null;
    }

    /** @return bytes handed out since the plan started */
    public long allocatedBytes() {
        return allocatedBytes;
    }

    static String hex(long value) {
        return "0x" + Long.toHexString(value);
    }

    static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    @Override
    public String toString() {
        return plan.name() + ": " + reachable().size() + " reachable objects, " + allocatedBytes + " bytes allocated, "
                + collections + " collections";
    }
}
