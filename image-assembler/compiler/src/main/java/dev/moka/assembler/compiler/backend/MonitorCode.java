package dev.moka.assembler.compiler.backend;

import dev.moka.assembler.compiler.ir.Insn;
import dev.moka.assembler.compiler.ir.Intrinsics;
import dev.moka.assembler.compiler.model.ObjectLayout;
import dev.moka.assembler.x86.AluOp;
import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Cond;
import dev.moka.assembler.x86.Label;
import dev.moka.assembler.x86.Mem;
import dev.moka.assembler.x86.Reg;

/**
 * The inline fast paths of {@code monitorenter} and {@code monitorexit}: the one compare-and-set of
 * the object's lock word that an uncontended first enter or last exit needs, in front of the call of
 * {@code Monitors.enter}/{@code exit}, which is skipped when the compare-and-set succeeds. The call
 * handles everything else (recursion, contention, inflated monitors, misuse). The lock word's layout
 * is kernel-core's ({@code dev.moka.kernel.core.sync.Monitors}); the constants here must match it.
 */
final class MonitorCode {
    /** The collector's mark bit in the status word, which a lock keeps as it is. */
    static final int MARK = 1;
    /** A thin lock held once: the THIN bit and a recursion count of one. */
    static final int THIN_ONCE = 0x102;
    /** The static field that holds the running thread's id in the lock word's owner bits. */
    static final String OWNER_BITS = "static:" + Intrinsics.MONITORS + ".ownerBits";

    private static final String ENTER = Intrinsics.MONITORS + ".enter(Ljava/lang/Object;)V";
    private static final String EXIT = Intrinsics.MONITORS + ".exit(Ljava/lang/Object;)V";

    private MonitorCode() {
    }

    /**
     * Emits the fast path when {@code call} enters or exits a monitor.
     *
     * @return the label to bind after the call (the fast path jumps there), or null for any other call
     */
    static Label fastPath(Assembler asm, Frame frame, Insn.Invoke call) {
        String target = call.target().symbol();
        boolean enter = target.equals(ENTER);
        if (!enter && !target.equals(EXIT)) {
            return null;
        }
        Reg object = frame.use(call.args().get(0), Reg.R11);
        Mem word = Mem.of(object, ObjectLayout.STATUS_OFFSET);
        Label done = asm.newLabel();
        Label slow = asm.newLabel();
        asm.mov(64, Reg.RAX, word);
        if (enter) {
            // Unlocked (nothing but perhaps the mark): becomes owned once by the running thread.
            asm.testImm(64, Reg.RAX, ~MARK);
            asm.jcc(Cond.NE, slow);
            asm.movRipLoad(64, Reg.RCX, OWNER_BITS, 0);
            asm.alu(AluOp.OR, 64, Reg.RCX, Reg.RAX);
            asm.aluImm(AluOp.OR, 64, Reg.RCX, THIN_ONCE);
        } else {
            // Owned once by the running thread: becomes unlocked, the mark kept.
            asm.mov(64, Reg.RCX, Reg.RAX);
            asm.aluImm(AluOp.AND, 64, Reg.RCX, ~MARK);
            asm.aluImm(AluOp.XOR, 64, Reg.RCX, THIN_ONCE);
            asm.movRipLoad(64, Reg.RDX, OWNER_BITS, 0);
            asm.alu(AluOp.CMP, 64, Reg.RCX, Reg.RDX);
            asm.jcc(Cond.NE, slow);
            asm.mov(64, Reg.RCX, Reg.RAX);
            asm.aluImm(AluOp.AND, 64, Reg.RCX, MARK);
        }
        asm.lockCmpxchg(64, word, Reg.RCX);
        asm.jcc(Cond.E, done);
        asm.bind(slow);
        return done;
    }
}
