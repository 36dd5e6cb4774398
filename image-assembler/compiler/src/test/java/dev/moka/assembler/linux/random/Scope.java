package dev.moka.assembler.linux.random;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The names visible at a point of a generated method: primitive variables (locals, parameters,
 * fields reached through an object), arrays of primitives and of references, and objects. Blocks
 * push and pop frames so a name declared inside a block is never used after it.
 */
final class Scope {
    /** A primitive value that can be read, and written when {@code assignable}. */
    record Var(String name, JType type, boolean assignable) {
    }

    /** A one-dimensional array of a primitive type. */
    record Array(String name, JType element) {
    }

    /**
     * A one-dimensional array of references, declared with the static element type {@code element}
     * ({@code Object}, {@code String} or {@code Base}); {@code stringsOnly} when its class is
     * {@code String[]} whatever its declared type, so storing anything else throws ArrayStoreException.
     */
    record RefArray(String name, String element, boolean stringsOnly) {
    }

    private final List<Var> vars = new ArrayList<>();
    private final List<Array> arrays = new ArrayList<>();
    private final List<String> objects = new ArrayList<>();
    private final List<RefArray> refArrays = new ArrayList<>();
    private final Deque<int[]> marks = new ArrayDeque<>();
    private int counter;
    private int loops;

    /** A name no other declaration in this method uses. */
    String fresh(String prefix) {
        return prefix + counter++;
    }

    void add(Var v) {
        vars.add(v);
    }

    void add(Array a) {
        arrays.add(a);
    }

    void add(RefArray a) {
        refArrays.add(a);
    }

    void addObject(String name) {
        objects.add(name);
    }

    List<Var> vars() {
        return vars;
    }

    List<Array> arrays() {
        return arrays;
    }

    List<String> objects() {
        return objects;
    }

    List<RefArray> refArrays() {
        return refArrays;
    }

    /** Opens a block. */
    void push() {
        marks.push(new int[] {vars.size(), arrays.size(), objects.size(), refArrays.size()});
    }

    /** Closes the innermost block, forgetting what it declared. */
    void pop() {
        int[] m = marks.pop();
        vars.subList(m[0], vars.size()).clear();
        arrays.subList(m[1], arrays.size()).clear();
        objects.subList(m[2], objects.size()).clear();
        refArrays.subList(m[3], refArrays.size()).clear();
    }

    void enterLoop() {
        loops++;
    }

    void leaveLoop() {
        loops--;
    }

    /** How many loops enclose this point; {@code break} and {@code continue} need at least one. */
    int loopDepth() {
        return loops;
    }
}
