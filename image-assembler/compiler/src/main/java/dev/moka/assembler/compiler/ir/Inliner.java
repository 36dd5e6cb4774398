package dev.moka.assembler.compiler.ir;

import dev.moka.assembler.compiler.model.MethodRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Replaces calls whose callee is known for sure by a copy of the callee's IR, chosen by
 * {@link InlinePolicy}.
 *
 * <p>The copy runs in the caller's frame, and it keeps everything a separate activation would show:
 * <ul>
 *   <li>every copied instruction records its {@link InlineScope} (the callee, and the line of the call
 *       in the scope around it) and its own line, so that a stack trace through it has the callee's
 *       frame and the caller's, each at its line;</li>
 *   <li>it is covered by the callee's own exception handlers first and then by those of the call, in
 *       that order, which is the order the JVM would search them unwinding from the callee;</li>
 *   <li>its values are registers of the caller, so the caller's liveness, and with it the stack map
 *       of every GC point inside the copy, covers the references of every inlined activation.</li>
 * </ul>
 * The call site keeps what the call itself did: the first-use initialisation of a static callee's
 * class stays before it as an instruction of its own, and an instance callee's receiver is
 * null-checked with the call's message, line and handlers.
 *
 * <p>Callers are rewritten bottom-up: a callee is itself rewritten before it is judged, so chains
 * of methods collapse into their first caller. A virtual or interface call whose receiver is known
 * to come from one {@code new} ({@link ExactTypes}: typically a lambda the caller made and passed
 * to a method now inlined) has the target of that class, and is judged as a call to it. A method is never inlined into an activation of
 * itself, directly or through a cycle of calls.
 */
public final class Inliner {
    private final Function<Insn.Invoke, MethodRef> targetOf;
    private final Function<MethodRef, IrMethod> irOf;
    private final BiFunction<String, MethodRef, MethodRef> implementationIn;
    private final Map<IrMethod, Boolean> done = new IdentityHashMap<>();
    private final Map<IrMethod, CalleeFacts> facts = new IdentityHashMap<>();

    /**
     * @param targetOf the method a call runs for sure (its target, or the only implementation of a
     *                 virtual call), or null when that depends on the receiver
     * @param irOf     the IR of a method compiled into the image, or null
     */
    public Inliner(Function<Insn.Invoke, MethodRef> targetOf, Function<MethodRef, IrMethod> irOf) {
        this(targetOf, irOf, (className, call) -> null);
    }

    /**
     * @param targetOf         the method a call runs for sure (its target, or the only
     *                         implementation of a virtual call), or null when that depends on the
     *                         receiver
     * @param irOf             the IR of a method compiled into the image, or null
     * @param implementationIn the method a virtual or interface call runs on an instance of the
     *                         named class, or null
     */
    public Inliner(Function<Insn.Invoke, MethodRef> targetOf, Function<MethodRef, IrMethod> irOf,
                   BiFunction<String, MethodRef, MethodRef> implementationIn) {
        this.targetOf = targetOf;
        this.irOf = irOf;
        this.implementationIn = implementationIn;
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
        if (!hasCalls(method)) {
            done.put(method, Boolean.TRUE);
            return 0;
        }
        done.put(method, Boolean.FALSE);
        Set<Block> cold = ColdBlocks.of(method);
        Map<Block, Integer> loopDepth = Loops.depths(method);
        boolean recursive = InlinePolicy.size(method) <= InlinePolicy.SMALL_RECURSIVE && callsItself(method);
        if (recursive) {
            // Each activation of a small recursive method runs its body once more: all of it is a loop.
            loopDepth.replaceAll((block, depth) -> depth + 1);
        }
        int size = InlinePolicy.size(method);
        int replaced = 0;
        for (int b = 0; b < method.blocks().size(); b++) {
            Block block = method.blocks().get(b);
            if (cold.contains(block)) {
                continue;
            }
            for (int k = 0; k < block.insns().size(); k++) {
                if (block.insns().get(k) instanceof Insn.Invoke inv) {
                    IrMethod callee = candidate(method, inv, targetAt(method, block, k, inv),
                            loopDepth.getOrDefault(block, 0), size);
                    if (callee != null) {
                        size += facts.get(callee).size();
                        splice(method, b, k, inv, callee, loopDepth, cold);
                        replaced++;
                        // The rest of the block moved to the block after the copy, which the loop reaches.
                        break;
                    }
                }
            }
        }
        done.put(method, Boolean.TRUE);
        return replaced;
    }

    /** The method a call runs for sure, by its dispatch or by the exact class of its receiver, or null. */
    private MethodRef targetAt(IrMethod method, Block block, int index, Insn.Invoke inv) {
        MethodRef target = targetOf.apply(inv);
        if (target != null || inv.dispatch() == Insn.Dispatch.DIRECT || inv.args().isEmpty()) {
            return target;
        }
        String exact = ExactTypes.classAt(method, block, index, inv.args().get(0));
        return exact == null ? null : implementationIn.apply(exact, inv.target());
    }

    private IrMethod candidate(IrMethod caller, Insn.Invoke inv, MethodRef target, int loopDepth, int callerSize) {
        if (target == null || target.equals(caller.source())) {
            return null;
        }
        InlineScope around = caller.scope(inv);
        if (around != null && around.encloses(target)) {
            return null;
        }
        IrMethod callee = irOf.apply(target);
        if (callee == null || callee == caller || !InlinePolicy.mayInline(callee)) {
            return null;
        }
        if (!done.containsKey(callee)) {
            inlineInto(callee);
        }
        // A callee still being rewritten is on a cycle of calls back to this one.
        if (!Boolean.TRUE.equals(done.get(callee))) {
            return null;
        }
        CalleeFacts known = facts.computeIfAbsent(callee, CalleeFacts::of);
        // A callee that holds an inlined activation of the caller is on a cycle of calls through it.
        if (known.alwaysThrows() || InlineScope.depthOf(around) + 1 + known.deepestScope() > InlinePolicy.MAX_DEPTH
                || known.inlinedMethods().contains(caller.source())) {
            return null;
        }
        return InlinePolicy.worthInlining(known.cost(), loopDepth, callerSize) ? callee : null;
    }

    /**
     * What the inliner needs to know of a finished callee, worked out once.
     *
     * @param loopDepth    the loop depth of each of its blocks
     * @param cold         its blocks on rare paths
     * @param size         its number of instructions
     * @param cost         its inlining cost: instructions of warm blocks, a little for each cold one
     * @param deepestScope   how deeply inlined activations already nest in it
     * @param inlinedMethods the methods of the activations inlined into it
     * @param alwaysThrows   whether its entry is cold: it never returns normally
     */
    private record CalleeFacts(Map<Block, Integer> loopDepth, Set<Block> cold, int size, int cost, int deepestScope,
                               Set<MethodRef> inlinedMethods, boolean alwaysThrows) {
        static CalleeFacts of(IrMethod callee) {
            Set<Block> cold = ColdBlocks.of(callee);
            int size = 0;
            int cost = 0;
            int deepest = 0;
            Set<InlineScope> scopes = new HashSet<>();
            for (Block b : callee.blocks()) {
                size += b.insns().size();
                cost += cold.contains(b) ? InlinePolicy.COLD_BLOCK_COST : InlinePolicy.weight(b);
                for (Insn insn : b.insns()) {
                    InlineScope scope = callee.scope(insn);
                    if (scope != null && scopes.add(scope)) {
                        deepest = Math.max(deepest, scope.depth());
                    }
                }
            }
            Set<MethodRef> inlined = new HashSet<>();
            for (InlineScope scope : scopes) {
                inlined.add(scope.method());
            }
            return new CalleeFacts(Loops.depths(callee), cold, size, cost, deepest, inlined,
                    cold.contains(callee.blocks().get(0)));
        }
    }

    private static boolean hasCalls(IrMethod method) {
        for (Block b : method.blocks()) {
            for (Insn insn : b.insns()) {
                if (insn instanceof Insn.Invoke) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean callsItself(IrMethod method) {
        for (Block b : method.blocks()) {
            for (Insn insn : b.insns()) {
                if (insn instanceof Insn.Invoke inv) {
                    MethodRef target = targetOf.apply(inv);
                    if (method.source().equals(target)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Splits the caller's block at the call: the first part ends by passing the arguments and going
     * to the copy of the callee, whose returns go to the second part. The copy is laid out between
     * the two, so straight-line callees fall through.
     */
    private void splice(IrMethod caller, int blockIndex, int insnIndex, Insn.Invoke inv, IrMethod callee,
                        Map<Block, Integer> loopDepth, Set<Block> cold) {
        Block head = caller.blocks().get(blockIndex);
        int headDepth = loopDepth.getOrDefault(head, 0);
        List<Insn> tailInsns = new ArrayList<>(head.insns().subList(insnIndex + 1, head.insns().size()));
        head.insns().subList(insnIndex, head.insns().size()).clear();
        Block tail = caller.insertBlockAfter(head);
        tailInsns.forEach(tail::add);
        for (Block h : head.handlers()) {
            tail.addHandler(h);
        }
        loopDepth.put(tail, headDepth);
        int callLine = caller.line(inv);
        InlineScope callScope = caller.scope(inv);
        List<Handler> callHandlers = caller.handlers(inv);
        if (!inv.target().isStatic()) {
            Insn.NullCheck check = new Insn.NullCheck(inv.args().get(0));
            head.add(check);
            atCall(caller, check, inv);
            caller.setNullPointerMessage(check, caller.nullPointerMessage(inv));
            caller.setHandlers(check, callHandlers);
        }
        Map<VReg, VReg> regs = new HashMap<>();
        for (VReg r : callee.regs()) {
            regs.put(r, caller.newReg(r.kind()));
        }
        Map<Block, Block> blocks = new IdentityHashMap<>();
        Block after = head;
        CalleeFacts known = facts.get(callee);
        for (Block b : callee.blocks()) {
            after = caller.insertBlockAfter(after);
            blocks.put(b, after);
            loopDepth.put(after, headDepth + known.loopDepth().getOrDefault(b, 0));
            if (known.cold().contains(b)) {
                cold.add(after);
            }
        }
        for (int i = 0; i < inv.args().size(); i++) {
            Insn.Move pass = new Insn.Move(regs.get(callee.params().get(i)), inv.args().get(i));
            head.add(pass);
            atCall(caller, pass, inv);
        }
        Insn.Goto enter = new Insn.Goto(blocks.get(callee.blocks().get(0)));
        head.add(enter);
        atCall(caller, enter, inv);
        ScopeRebase rebase = new ScopeRebase(callee.source(), callLine, callScope);
        for (Block b : callee.blocks()) {
            Block copy = blocks.get(b);
            for (Block h : b.handlers()) {
                copy.addHandler(blocks.get(h));
            }
            for (Handler h : callHandlers) {
                copy.addHandler(h.target());
            }
            for (Insn insn : b.insns()) {
                InlineScope scope = rebase.of(callee.scope(insn));
                int line = callee.line(insn);
                if (insn instanceof Insn.Return r) {
                    if (r.value() != null && inv.dst() != null) {
                        Insn.Move result = new Insn.Move(inv.dst(), regs.get(r.value()));
                        copy.add(result);
                        caller.setLine(result, line);
                        caller.setScope(result, scope);
                    }
                    Insn.Goto back = new Insn.Goto(tail);
                    copy.add(back);
                    caller.setLine(back, line);
                    caller.setScope(back, scope);
                    continue;
                }
                Insn copied = InsnCopier.copy(insn, regs, blocks);
                copy.add(copied);
                caller.setLine(copied, line);
                caller.setScope(copied, scope);
                caller.setNullPointerMessage(copied, callee.nullPointerMessage(insn));
                List<Handler> handlers = new ArrayList<>();
                for (Handler h : callee.handlers(insn)) {
                    handlers.add(new Handler(blocks.get(h.target()), h.catchType()));
                }
                handlers.addAll(callHandlers);
                caller.setHandlers(copied, handlers);
            }
        }
    }

    /** Gives an instruction the call's place: its line and scope. */
    private static void atCall(IrMethod caller, Insn insn, Insn.Invoke inv) {
        caller.setLine(insn, caller.line(inv));
        caller.setScope(insn, caller.scope(inv));
    }

    /**
     * Moves the callee's scopes under the call: the callee's own code becomes a scope of the callee
     * called from the call's line, and scopes inlined into the callee nest inside it.
     */
    private static final class ScopeRebase {
        private final InlineScope calleeScope;
        private final Map<InlineScope, InlineScope> rebased = new HashMap<>();

        ScopeRebase(MethodRef callee, int callLine, InlineScope callScope) {
            this.calleeScope = new InlineScope(callee, callLine, callScope);
        }

        InlineScope of(InlineScope inCallee) {
            if (inCallee == null) {
                return calleeScope;
            }
            InlineScope known = rebased.get(inCallee);
            if (known == null) {
                known = new InlineScope(inCallee.method(), inCallee.callLine(), of(inCallee.outer()));
                rebased.put(inCallee, known);
            }
            return known;
        }
    }
}
