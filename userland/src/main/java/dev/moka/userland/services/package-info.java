/**
 * Daemons of the default system: {@code ramfsd}, the {@code file:} scheme in memory, served over the
 * scheme SPI ({@code dev.moka.scheme}).
 */
package dev.moka.userland.services;
