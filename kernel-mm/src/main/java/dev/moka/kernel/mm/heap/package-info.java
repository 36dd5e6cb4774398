/**
 * Heap plans: {@code bump}, which never collects, and {@code mark-sweep}, a precise, non-moving
 * collector with size-class free lists. They are compiled into images, where they run on raw
 * memory through {@link dev.moka.kernel.api.heap.ObjectModel} and {@link dev.moka.kernel.core.heap.Roots};
 * on the JVM only their names are read.
 *
 * <p>Invariant of both: no Java object is allocated while allocating or collecting; what a plan
 * needs is made in its constructor, before it is installed.
 */
@AllowsMagic
package dev.moka.kernel.mm.heap;

import dev.moka.kernel.api.magic.AllowsMagic;
