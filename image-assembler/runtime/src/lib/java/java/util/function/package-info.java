/** Functional interfaces: plain interfaces; the library's own implementations are named or anonymous classes. */
package java.util.function;
