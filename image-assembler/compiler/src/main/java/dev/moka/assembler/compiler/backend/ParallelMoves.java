package dev.moka.assembler.compiler.backend;

import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Mem;
import dev.moka.assembler.x86.Reg;
import dev.moka.assembler.x86.Xmm;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves several values at once, as passing arguments and receiving parameters need: a move is
 * emitted as soon as no other pending move still reads its destination, and only a cycle (two
 * registers swapping, say) goes through the machine stack. Places are general registers, SSE
 * registers and frame slots; all 64 bits are moved, which carries floats and doubles alike. Only
 * RAX is used as scratch.
 */
final class ParallelMoves {
    private final Assembler asm;
    private final List<Object> destinations = new ArrayList<>();
    private final List<Object> sources = new ArrayList<>();

    ParallelMoves(Assembler asm) {
        this.asm = asm;
    }

    /** @param destination a Reg, Xmm or Mem @param source a Reg, Xmm or Mem; not both memory */
    void add(Object destination, Object source) {
        if (!destination.equals(source)) {
            destinations.add(destination);
            sources.add(source);
        }
    }

    void emit() {
        boolean progress = true;
        while (!destinations.isEmpty() && progress) {
            progress = false;
            for (int i = 0; i < destinations.size(); i++) {
                if (!readByAnother(destinations.get(i), i)) {
                    move(destinations.remove(i), sources.remove(i));
                    progress = true;
                    break;
                }
            }
        }
        // What is left reads each other's destinations in a cycle; every source is still intact.
        for (Object source : sources) {
            push(source);
        }
        for (int i = destinations.size() - 1; i >= 0; i--) {
            pop(destinations.get(i));
        }
        destinations.clear();
        sources.clear();
    }

    private boolean readByAnother(Object destination, int index) {
        for (int j = 0; j < sources.size(); j++) {
            if (j != index && sources.get(j).equals(destination)) {
                return true;
            }
        }
        return false;
    }

    private void move(Object destination, Object source) {
        switch (destination) {
            case Reg d when source instanceof Reg s -> asm.mov(64, d, s);
            case Reg d when source instanceof Mem s -> asm.mov(64, d, s);
            case Reg d -> asm.movqFromXmm(d, (Xmm) source);
            case Xmm d when source instanceof Xmm s -> asm.movaps(d, s);
            case Xmm d when source instanceof Mem s -> asm.movsd(d, s);
            case Xmm d -> asm.movqToXmm(d, (Reg) source);
            case Mem d when source instanceof Reg s -> asm.mov(64, d, s);
            case Mem d -> asm.movsd(d, (Xmm) source);
            default -> throw new IllegalArgumentException("not a place: " + destination);
        }
    }

    private void push(Object source) {
        switch (source) {
            case Reg r -> asm.push(r);
            case Xmm x -> {
                asm.movqFromXmm(Reg.RAX, x);
                asm.push(Reg.RAX);
            }
            case Mem m -> {
                asm.mov(64, Reg.RAX, m);
                asm.push(Reg.RAX);
            }
            default -> throw new IllegalArgumentException("not a place: " + source);
        }
    }

    private void pop(Object destination) {
        switch (destination) {
            case Reg r -> asm.pop(r);
            case Xmm x -> {
                asm.pop(Reg.RAX);
                asm.movqToXmm(x, Reg.RAX);
            }
            case Mem m -> {
                asm.pop(Reg.RAX);
                asm.mov(64, m, Reg.RAX);
            }
            default -> throw new IllegalArgumentException("not a place: " + destination);
        }
    }
}
