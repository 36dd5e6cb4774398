/**
 * Moka's modules in a module layer of their own, inside a host that has them on its class path: a
 * Maven plugin's class realm is a class path, where {@code dev.moka.kernel.api} is no named module and
 * outside modules (a project's scheduler) could not be resolved against it.
 *
 * <p>{@link dev.moka.maven.layer.MokaLayer} defines every Moka module the host has (and their
 * libraries) in a new layer, as {@code java -p} would for the {@code moka} command, and loads the
 * engine ({@code dev.moka.maven.engine}) above it. Host and engine share only the types of this
 * package ({@link dev.moka.maven.layer.ImageEngine} and its requests and outcome), which the layer's
 * loader takes from the host; everything else the engine touches is the layer's own copy of Moka.
 * This package therefore names no Moka and no Maven type.
 */
package dev.moka.maven.layer;
