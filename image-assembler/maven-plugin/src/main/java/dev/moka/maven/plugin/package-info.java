/**
 * The goals of {@code moka-maven-plugin}: {@code assemble} writes a project's kernel image,
 * {@code run} boots it in QEMU and {@code run-hosted} boots the same description on the JVM. The goals
 * only gather what Maven knows (the pom's settings, the project's classes and dependencies, the
 * plugin's own jars) and hand it to the engine in Moka's module layer
 * ({@link dev.moka.maven.layer.MokaLayer}), so an image is built exactly as {@code moka assemble} builds
 * it.
 */
package dev.moka.maven.plugin;
