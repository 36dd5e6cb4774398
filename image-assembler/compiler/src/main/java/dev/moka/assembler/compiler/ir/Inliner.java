package dev.moka.assembler.compiler.ir;

import dev.moka.assembler.compiler.model.MethodRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Replaces calls of small methods that cannot throw and do not call by a copy of their IR.
 *
 * <p>A callee qualifies when {@link InlineCandidate#qualifies} says so: no call, no allocation, no
 * exception handler and no instruction that may throw (field accesses only through the receiver,
 * which the call site has already checked; divisions only by a constant other than zero). Such a
 * callee never appears in a stack trace and never reaches a GC point, so dropping its frame changes
 * neither the traces nor the stack maps. The call site keeps what the call itself did: the first-use
 * initialisation of a static callee's class stays before it as an instruction of its own, and an
 * instance callee's receiver is null-checked with the call's message, line and handlers.
 *
 * <p>Callers are rewritten bottom-up: a callee is itself rewritten before it is judged, so chains
 * of small methods collapse into their first caller. A method is never inlined into itself, directly
 * or through a cycle of calls.
 */
public final class Inliner {
    private final Function<Insn.Invoke, MethodRef> targetOf;
    private final Function<MethodRef, IrMethod> irOf;
    private final Map<IrMethod, Boolean> done = new IdentityHashMap<>();

    /**
     * @param targetOf the method a call runs for sure (its target, or the only implementation of a
     *                 virtual call), or null when that depends on the receiver
     * @param irOf     the IR of a method compiled into the image, or null
     */
    public Inliner(Function<Insn.Invoke, MethodRef> targetOf, Function<MethodRef, IrMethod> irOf) {
        this.targetOf = targetOf;
        this.irOf = irOf;
    }

    /**
     * Rewrites a method in place, after rewriting the callees it may inline.
     *
     * @param method a method of the image
     * @return the number of calls replaced in it
     */
    public int inlineInto(IrMethod method) {
        if (done.containsKey(method)) {
            return 0;
        }
        done.put(method, Boolean.FALSE);
        int replaced = 0;
        for (int b = 0; b < method.blocks().size(); b++) {
            Block block = method.blocks().get(b);
            for (int k = 0; k < block.insns().size(); k++) {
                if (block.insns().get(k) instanceof Insn.Invoke inv) {
                    IrMethod callee = candidate(inv);
                    if (callee != null && callee != method) {
                        splice(method, b, k, inv, callee);
                        replaced++;
                        break;
                    }
                }
            }
        }
        done.put(method, Boolean.TRUE);
        return replaced;
    }

    private IrMethod candidate(Insn.Invoke inv) {
        MethodRef target = targetOf.apply(inv);
        if (target == null) {
            return null;
        }
        IrMethod callee = irOf.apply(target);
        if (callee == null || !InlineCandidate.smallEnough(callee)) {
            return null;
        }
        if (!done.containsKey(callee)) {
            inlineInto(callee);
        }
        // A callee still being rewritten is on a cycle of calls back to this one.
        return Boolean.TRUE.equals(done.get(callee)) && InlineCandidate.qualifies(callee) ? callee : null;
    }

    /**
     * Splits the caller's block at the call: the first part ends by passing the arguments and going
     * to the copy of the callee, whose returns go to the second part. The copy is laid out between
     * the two, so straight-line callees fall through.
     */
    private static void splice(IrMethod caller, int blockIndex, int insnIndex, Insn.Invoke inv, IrMethod callee) {
        Block head = caller.blocks().get(blockIndex);
        List<Insn> tailInsns = new ArrayList<>(head.insns().subList(insnIndex + 1, head.insns().size()));
        head.insns().subList(insnIndex, head.insns().size()).clear();
        Block tail = caller.insertBlockAfter(head);
        tailInsns.forEach(tail::add);
        for (Block h : head.handlers()) {
            tail.addHandler(h);
        }
        if (!inv.target().isStatic()) {
            Insn.NullCheck check = new Insn.NullCheck(inv.args().get(0));
            head.add(check);
            caller.setLine(check, caller.line(inv));
            caller.setNullPointerMessage(check, caller.nullPointerMessage(inv));
            caller.setHandlers(check, caller.handlers(inv));
        }
        Map<VReg, VReg> regs = new HashMap<>();
        for (VReg r : callee.regs()) {
            regs.put(r, caller.newReg(r.kind()));
        }
        Map<Block, Block> blocks = new IdentityHashMap<>();
        Block after = head;
        for (Block b : callee.blocks()) {
            after = caller.insertBlockAfter(after);
            blocks.put(b, after);
        }
        for (int i = 0; i < inv.args().size(); i++) {
            head.add(new Insn.Move(regs.get(callee.params().get(i)), inv.args().get(i)));
        }
        head.add(new Insn.Goto(blocks.get(callee.blocks().get(0))));
        for (Block b : callee.blocks()) {
            Block copy = blocks.get(b);
            for (Insn insn : b.insns()) {
                if (insn instanceof Insn.Return r) {
                    if (r.value() != null && inv.dst() != null) {
                        copy.add(new Insn.Move(inv.dst(), regs.get(r.value())));
                    }
                    copy.add(new Insn.Goto(tail));
                } else {
                    copy.add(InsnCopier.copy(insn, regs, blocks));
                }
            }
        }
    }
}
