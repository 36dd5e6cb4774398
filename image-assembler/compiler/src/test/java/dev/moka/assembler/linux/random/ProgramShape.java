package dev.moka.assembler.linux.random;

import java.util.List;

/**
 * The members a generated program declares besides its cases: helper methods, and a class
 * {@code Base} with a subclass {@code Sub} overriding some of its virtual methods.
 *
 * @param helpers    static helper methods; helper <i>i</i> calls only helpers before it
 * @param baseFields fields of {@code Base}, named {@code f0, f1, ...}
 * @param subFields  fields {@code Sub} adds, named {@code g0, g1, ...}
 * @param virtuals   virtual methods of {@code Base}, named {@code m0, m1, ...}, one parameter each
 */
record ProgramShape(List<Method> helpers, List<JType> baseFields, List<JType> subFields, List<Method> virtuals) {
    /** A method's name and types. */
    record Method(String name, JType result, List<JType> params) {
    }
}
