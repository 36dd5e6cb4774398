package dev.moka.assembler.compiler.front;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Removes {@code serialPersistentFields} from a JDK class: the table of serialized fields that only
 * serialization reads, reflectively. Its initialiser builds {@code ObjectStreamField}s of primitive
 * {@code Class} objects, which would pull serialization into every image whose program uses such a
 * class although Moka refuses serialization. The field is dropped together with the code in the
 * static initialiser that computes and stores it: the straight-line run of instructions before the
 * {@code putstatic} that starts and ends at the same stack height. Should anything else read the
 * field, the build fails naming it.
 */
final class SerializationFields {
    private static final String FIELD = "serialPersistentFields";

    private SerializationFields() {
    }

    static void remove(ClassNode node) {
        if (node.fields.removeIf(f -> f.name.equals(FIELD) && (f.access & Opcodes.ACC_STATIC) != 0)) {
            for (MethodNode m : node.methods) {
                if (m.name.equals("<clinit>")) {
                    removeStore(node.name, m);
                }
            }
        }
    }

    private static void removeStore(String owner, MethodNode clinit) {
        Frame<BasicValue>[] frames;
        try {
            frames = new Analyzer<>(new BasicInterpreter()).analyze(owner, clinit);
        } catch (AnalyzerException e) {
            return; // verification reports it when the initialiser is compiled
        }
        AbstractInsnNode[] code = clinit.instructions.toArray();
        for (int end = 0; end < code.length; end++) {
            if (code[end] instanceof FieldInsnNode f && f.getOpcode() == Opcodes.PUTSTATIC && f.owner.equals(owner)
                    && f.name.equals(FIELD) && frames[end] != null) {
                int height = frames[end].getStackSize() - 1;
                int start = end;
                while (start > 0 && !(frames[start] != null && frames[start].getStackSize() == height
                        && start < end && startsRun(code, start, end))) {
                    start--;
                }
                if (frames[start] != null && frames[start].getStackSize() == height && isStraightLine(clinit, code, start, end)) {
                    for (int i = start; i <= end; i++) {
                        if (!(code[i] instanceof LabelNode) && !(code[i] instanceof LineNumberNode)) {
                            clinit.instructions.remove(code[i]);
                        }
                    }
                }
                return;
            }
        }
    }

    /** Whether the run from {@code start} to {@code end} can be the computation of the stored value. */
    private static boolean startsRun(AbstractInsnNode[] code, int start, int end) {
        return code[start].getOpcode() >= 0;
    }

    private static boolean isStraightLine(MethodNode m, AbstractInsnNode[] code, int start, int end) {
        for (int i = start; i <= end; i++) {
            if (code[i] instanceof JumpInsnNode || code[i].getOpcode() == Opcodes.TABLESWITCH
                    || code[i].getOpcode() == Opcodes.LOOKUPSWITCH || code[i].getOpcode() == Opcodes.ATHROW) {
                return false;
            }
        }
        for (TryCatchBlockNode tc : m.tryCatchBlocks) {
            int handler = m.instructions.indexOf(tc.handler);
            if (handler > start && handler <= end) {
                return false;
            }
        }
        return true;
    }
}
