package dev.moka.assembler.compiler.ir;

import dev.moka.assembler.compiler.model.MethodRef;

/**
 * The activation an inlined instruction belongs to: the method whose body it was copied from, and
 * where that method was called. A stack trace through the instruction shows one frame per scope,
 * innermost first, then the frame of the method compiled around them all.
 *
 * <p>Scopes are values: two copies of the same callee called from the same line of the same scope
 * are the same scope, which is all a stack trace can tell apart.
 *
 * @param method   the inlined method
 * @param callLine the source line of the call in the enclosing scope's method, or 0 when unknown
 * @param outer    the enclosing inlined scope, or null when the call is in the compiled method itself
 */
public record InlineScope(MethodRef method, int callLine, InlineScope outer) {
    /** @return how many inlined activations this scope stands for, itself included (1 for a direct inline) */
    public int depth() {
        int depth = 0;
        for (InlineScope s = this; s != null; s = s.outer) {
            depth++;
        }
        return depth;
    }

    /** @param scope a scope or null @return its depth, 0 for the compiled method itself */
    public static int depthOf(InlineScope scope) {
        return scope == null ? 0 : scope.depth();
    }

    /** @param m a method @return whether this scope or an enclosing one is an activation of it */
    public boolean encloses(MethodRef m) {
        for (InlineScope s = this; s != null; s = s.outer) {
            if (s.method.equals(m)) {
                return true;
            }
        }
        return false;
    }
}
