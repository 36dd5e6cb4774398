/** The Moka user target: programs compiled into executables that run as processes of a Moka kernel. */
package dev.moka.assembler.moka;
