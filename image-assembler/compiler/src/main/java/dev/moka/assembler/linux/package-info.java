/**
 * The second target of the compiler: static Linux x86_64 executables, used to test the compiler
 * against HotSpot and to measure the code it produces.
 */
package dev.moka.assembler.linux;
