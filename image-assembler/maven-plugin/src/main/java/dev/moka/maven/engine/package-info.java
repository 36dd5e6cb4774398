/**
 * The engine a host's goals call inside Moka's module layer: {@code ImageAssembler.builder()} for
 * images, the {@code moka} command's QEMU runner and the hosted runner for boots. It is loaded by
 * {@code dev.moka.maven.layer.MokaLayer} from the host's class files into a loader above the layer,
 * so it must name only Moka's types and those of {@code dev.moka.maven.layer}, never a Maven type.
 */
package dev.moka.maven.engine;
