/**
 * Physical frame allocators and the bitmap machinery they build on.
 *
 * <p>Allocators here are policy code: they keep their books in ordinary Java arrays and never read
 * or write the frames they manage, so they run unchanged hosted and native and need no magic.
 *
 * <p>Two policies live here: {@link BitmapFrameAllocator} ({@code bitmap}, next fit over one bit per
 * frame) and {@link BuddyFrameAllocator} ({@code buddy}, power-of-two blocks that split and coalesce).
 * Both take the set of usable frames from {@link UsableFrames}.
 *
 * <p>Invariants: a frame is handed out only if the whole 4 KiB lies in an available region of the
 * boot memory map, outside every reserved range and above the first MiB; a frame is never handed
 * out twice without being freed in between; a rejected {@code free} changes nothing.
 *
 * <p>This is kernel code compiled by Moka's own compiler: no exceptions, no {@code java.util}, no
 * lambdas, enums or records.
 */
package dev.moka.kernel.mm;
