package dev.moka.assembler.x86;

import java.util.Arrays;

/** A growable little-endian byte buffer: the raw output of an assembler. */
final class CodeBuffer {
    private byte[] bytes = new byte[256];
    private int size;

    int position() {
        return size;
    }

    void put8(int value) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        bytes[size++] = (byte) value;
    }

    void put16(int value) {
        put8(value);
        put8(value >>> 8);
    }

    void put32(int value) {
        put16(value);
        put16(value >>> 16);
    }

    void put64(long value) {
        put32((int) value);
        put32((int) (value >>> 32));
    }

    void putBytes(byte[] data) {
        for (byte b : data) {
            put8(b);
        }
    }

    byte[] copy() {
        return Arrays.copyOf(bytes, size);
    }

    static void patch8(byte[] code, int at, int value) {
        code[at] = (byte) value;
    }

    static void patch16(byte[] code, int at, int value) {
        code[at] = (byte) value;
        code[at + 1] = (byte) (value >> 8);
    }

    static void patch32(byte[] code, int at, int value) {
        for (int i = 0; i < 4; i++) {
            code[at + i] = (byte) (value >> (8 * i));
        }
    }
}
