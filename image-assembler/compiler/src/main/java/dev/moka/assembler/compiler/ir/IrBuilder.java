package dev.moka.assembler.compiler.ir;

import dev.moka.assembler.compiler.front.ClassFileException;
import dev.moka.assembler.compiler.model.MethodRef;
import dev.moka.assembler.compiler.model.MissingClassException;
import dev.moka.assembler.compiler.model.TypeKind;
import dev.moka.assembler.compiler.model.World;
import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import java.util.List;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicVerifier;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.util.Printer;

/**
 * Turns a method's bytecode into IR.
 *
 * <p>The operand stack and the local variables become virtual registers: stack slot {@code d}
 * holding a value of kind {@code k} is always the same register, and so is local {@code n} of kind
 * {@code k}. Because javac keeps the stack height and kinds equal wherever control flow merges,
 * this needs no phi nodes, and the register allocator sees ordinary def-use chains. ASM's analyzer
 * supplies the kinds on the stack before every instruction.
 */
public final class IrBuilder {
    private final World world;
    private final MethodRef source;
    private final MethodNode method;
    private final IrMethod ir;
    private final Map<Integer, VReg> stackRegs = new HashMap<>();
    private final Map<Integer, VReg> localRegs = new HashMap<>();
    private Block[] blockAt;
    private Frame<BasicValue>[] frames;

    private IrBuilder(World world, MethodRef source) {
        this.world = world;
        this.source = source;
        this.method = SynchronizedMethods.lower(source);
        this.ir = new IrMethod(source);
    }

    /**
     * @param world the closed world, for resolving fields and methods
     * @param source a method with a body
     * @return its IR
     * @throws UnsupportedCodeException for bytecode the compiler does not handle yet
     */
    public static IrMethod build(World world, MethodRef source) {
        return new IrBuilder(world, source).build();
    }

    private IrMethod build() {
        try {
            frames = new Analyzer<>(new BasicVerifier()).analyze(source.owner().name(), method);
        } catch (AnalyzerException e) {
            throw new UnsupportedCodeException("the bytecode fails verification: " + verificationError(e));
        }
        declareParams();
        InsnList code = method.instructions;
        boolean[] leaders = findLeaders(code);
        blockAt = new Block[code.size() + 1];
        for (int i = 0; i < code.size(); i++) {
            if (leaders[i]) {
                blockAt[i] = ir.newBlock();
            }
        }
        List<List<Handler>> covering = coveringHandlers(code);
        java.util.Set<Block> handlerBlocks = new java.util.HashSet<>();
        for (TryCatchBlockNode tc : method.tryCatchBlocks) {
            handlerBlocks.add(blockFor(tc.handler));
        }
        Block current = blockAt[0];
        Bytecodes translate = new Bytecodes(this);
        NullPointerMessages npe = new NullPointerMessages(source.owner().name(), method, source.isStatic());
        int line = 0;
        for (int i = 0; i < code.size(); i++) {
            AbstractInsnNode insn = code.get(i);
            if (leaders[i] && i > 0) {
                if (!current.isTerminated()) {
                    current.add(new Insn.Goto(blockAt[i]));
                }
                current = blockAt[i];
                if (handlerBlocks.contains(current) && frames[i] != null) {
                    current.add(new Insn.CatchEntry(stack(0, TypeKind.REF)));
                }
            }
            if (insn instanceof org.objectweb.asm.tree.LineNumberNode ln) {
                line = ln.line;
            }
            if (insn.getOpcode() < 0 || frames[i] == null || current.isTerminated()) {
                continue;
            }
            int before = current.insns().size();
            translate.translate(insn, i, current);
            String message = NullPointerMessages.CHECKED.contains(insn.getOpcode()) ? npe.forInstruction(i) : null;
            for (Insn added : current.insns().subList(before, current.insns().size())) {
                ir.setLine(added, line);
                ir.setNullPointerMessage(added, message);
            }
            List<Handler> handlers = covering.get(i);
            if (!handlers.isEmpty()) {
                for (Insn added : current.insns().subList(before, current.insns().size())) {
                    ir.setHandlers(added, handlers);
                }
                for (Handler h : handlers) {
                    current.addHandler(h.target());
                }
            }
        }
        removeUnreachableBlocks();
        for (Block block : ir.blocks()) {
            if (!block.isTerminated()) {
                throw new UnsupportedCodeException("control flows off the end of the method");
            }
        }
        return ir;
    }

    private String verificationError(AnalyzerException e) {
        if (e.node == null) {
            return e.getMessage();
        }
        int index = method.instructions.indexOf(e.node);
        int op = e.node.getOpcode();
        String name = op >= 0 && op < Printer.OPCODES.length ? Printer.OPCODES[op].toLowerCase() : "an instruction";
        // ASM's message starts with "Error at instruction N: "; the bytecode's name says more.
        String why = e.getMessage().replaceFirst("^Error at instruction \\d+: ", "");
        return "bytecode " + name + " at index " + index + ": " + why;
    }

    /** For each instruction, the exception table entries whose range covers it, in table order. */
    private List<List<Handler>> coveringHandlers(InsnList code) {
        List<List<Handler>> result = new java.util.ArrayList<>();
        for (int i = 0; i < code.size(); i++) {
            result.add(new java.util.ArrayList<>());
        }
        for (TryCatchBlockNode tc : method.tryCatchBlocks) {
            requireCatchType(tc, code.indexOf(tc.handler));
            int start = code.indexOf(tc.start);
            int end = code.indexOf(tc.end);
            Handler h = new Handler(blockFor(tc.handler), tc.type);
            for (int i = start; i < end; i++) {
                result.get(i).add(h);
            }
        }
        return result;
    }

    /** A handler's catch type needs a class record, so it must be in the closed world. */
    private void requireCatchType(TryCatchBlockNode tc, int handlerIndex) {
        if (tc.type == null) {
            return;
        }
        try {
            world.get(tc.type);
        } catch (MissingClassException | ClassFileException e) {
            throw new UnsupportedCodeException("the exception handler at index " + handlerIndex + " catches "
                    + tc.type.replace('/', '.') + ": " + e.getMessage());
        }
    }

    private void declareParams() {
        int slot = 0;
        if (!source.isStatic()) {
            ir.params().add(local(0, TypeKind.REF));
            slot = 1;
        }
        for (Type t : Type.getArgumentTypes(method.desc)) {
            ir.params().add(local(slot, TypeKind.ofDescriptor(t.getDescriptor())));
            slot += t.getSize();
        }
    }

    private boolean[] findLeaders(InsnList code) {
        boolean[] leaders = new boolean[code.size() + 1];
        leaders[0] = true;
        for (TryCatchBlockNode tc : method.tryCatchBlocks) {
            leaders[code.indexOf(tc.handler)] = true;
        }
        for (int i = 0; i < code.size(); i++) {
            AbstractInsnNode insn = code.get(i);
            if (insn instanceof JumpInsnNode j) {
                leaders[code.indexOf(j.label)] = true;
                leaders[i + 1] = true;
            } else if (insn instanceof TableSwitchInsnNode t) {
                leaders[code.indexOf(t.dflt)] = true;
                t.labels.forEach(l -> leaders[code.indexOf(l)] = true);
                leaders[i + 1] = true;
            } else if (insn instanceof LookupSwitchInsnNode s) {
                leaders[code.indexOf(s.dflt)] = true;
                s.labels.forEach(l -> leaders[code.indexOf(l)] = true);
                leaders[i + 1] = true;
            } else if (isExit(insn.getOpcode())) {
                leaders[i + 1] = true;
            }
        }
        return leaders;
    }

    private static boolean isExit(int opcode) {
        return (opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN) || opcode == Opcodes.ATHROW;
    }

    /** Drops blocks no path from the entry reaches (code javac left after a return, say). */
    private void removeUnreachableBlocks() {
        java.util.Set<Block> seen = new java.util.HashSet<>();
        java.util.ArrayDeque<Block> work = new java.util.ArrayDeque<>();
        work.add(ir.blocks().get(0));
        while (!work.isEmpty()) {
            Block b = work.poll();
            if (seen.add(b)) {
                work.addAll(b.successors());
            }
        }
        ir.blocks().removeIf(b -> !seen.contains(b));
    }

    // ---- services for the opcode translator ----

    World world() {
        return world;
    }

    MethodRef source() {
        return source;
    }

    IrMethod ir() {
        return ir;
    }

    Block blockFor(LabelNode label) {
        return blockAt[method.instructions.indexOf(label)];
    }

    Block blockAfter(int index) {
        return blockAt[index + 1];
    }

    int stackSize(int index) {
        return frames[index].getStackSize();
    }

    TypeKind stackKind(int index, int slot) {
        return kindOf(frames[index].getStack(slot));
    }

    static TypeKind kindOf(BasicValue v) {
        if (v == BasicValue.INT_VALUE) {
            return TypeKind.INT;
        } else if (v == BasicValue.LONG_VALUE) {
            return TypeKind.LONG;
        } else if (v == BasicValue.FLOAT_VALUE) {
            return TypeKind.FLOAT;
        } else if (v == BasicValue.DOUBLE_VALUE) {
            return TypeKind.DOUBLE;
        } else if (v == BasicValue.REFERENCE_VALUE) {
            return TypeKind.REF;
        }
        throw new UnsupportedCodeException("unsupported value on the stack: " + v);
    }

    VReg stack(int slot, TypeKind kind) {
        return stackRegs.computeIfAbsent(slot * 8 + kind.ordinal(), k -> ir.newReg(kind));
    }

    VReg local(int slot, TypeKind kind) {
        return localRegs.computeIfAbsent(slot * 8 + kind.ordinal(), k -> ir.newReg(kind));
    }
}
