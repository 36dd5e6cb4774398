package dev.moka.assembler.compiler.ir;

import static org.objectweb.asm.Opcodes.*;

import dev.moka.assembler.compiler.model.TypeKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The dup and swap family. Each form pops some values and pushes a pattern of them; the values'
 * categories (long and double count twice) decide which form of the JVM's table applies. Every
 * moved value goes through a fresh register first, so overlapping sources and destinations are safe.
 */
final class StackShuffle {
    private StackShuffle() {
    }

    static void apply(int opcode, Bytecodes t) {
        boolean top1Wide = isWide(t.top(0));
        boolean top2Wide = t.depth() > 1 && isWide(t.top(1));
        int[] pattern; // values popped, then pushed as indexes into the popped list (0 = deepest)
        int popped;
        switch (opcode) {
            case DUP -> { popped = 1; pattern = new int[] {0, 0}; }
            case SWAP -> { popped = 2; pattern = new int[] {1, 0}; }
            case DUP_X1 -> { popped = 2; pattern = new int[] {1, 0, 1}; }
            case DUP_X2 -> {
                if (top2Wide) { popped = 2; pattern = new int[] {1, 0, 1}; }
                else { popped = 3; pattern = new int[] {2, 0, 1, 2}; }
            }
            case DUP2 -> {
                if (top1Wide) { popped = 1; pattern = new int[] {0, 0}; }
                else { popped = 2; pattern = new int[] {0, 1, 0, 1}; }
            }
            case DUP2_X1 -> {
                if (top1Wide) { popped = 2; pattern = new int[] {1, 0, 1}; }
                else { popped = 3; pattern = new int[] {1, 2, 0, 1, 2}; }
            }
            default -> { // DUP2_X2
                boolean third = t.depth() > 2 && isWide(t.top(2));
                if (top1Wide && top2Wide) { popped = 2; pattern = new int[] {1, 0, 1}; }
                else if (top1Wide) { popped = 3; pattern = new int[] {2, 0, 1, 2}; }
                else if (third) { popped = 3; pattern = new int[] {1, 2, 0, 1, 2}; }
                else { popped = 4; pattern = new int[] {2, 3, 0, 1, 2, 3}; }
            }
        }
        IrBuilder b = t.builder();
        List<VReg> temps = new ArrayList<>();
        for (int i = 0; i < popped; i++) {
            VReg source = t.top(popped - 1 - i);
            VReg temp = b.ir().newReg(source.kind());
            t.emit(new Insn.Move(temp, source));
            temps.add(temp);
        }
        int base = t.depth() - popped;
        for (int i = 0; i < pattern.length; i++) {
            VReg value = temps.get(pattern[i]);
            t.emit(new Insn.Move(b.stack(base + i, value.kind()), value));
        }
    }

    private static boolean isWide(VReg r) {
        return r.kind() == TypeKind.LONG || r.kind() == TypeKind.DOUBLE;
    }
}
