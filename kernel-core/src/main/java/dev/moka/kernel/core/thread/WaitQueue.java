package dev.moka.kernel.core.thread;

/** Threads blocked until someone wakes them, first blocked first woken. Linked through the threads. */
public final class WaitQueue {
    KernelThread head;
    KernelThread tail;

    /** @return whether no thread waits here */
    public boolean isEmpty() {
        return head == null;
    }

    void add(KernelThread thread) {
        thread.next = null;
        thread.waitingOn = this;
        if (tail == null) {
            head = thread;
        } else {
            tail.next = thread;
        }
        tail = thread;
    }

    KernelThread poll() {
        KernelThread first = head;
        if (first != null) {
            head = first.next;
            if (head == null) {
                tail = null;
            }
            first.next = null;
            first.waitingOn = null;
        }
        return first;
    }

    /** Takes {@code thread} out of the queue, wherever it waits in it; nothing when it is not there. */
    void remove(KernelThread thread) {
        KernelThread previous = null;
        for (KernelThread at = head; at != null; at = at.next) {
            if (at == thread) {
                if (previous == null) {
                    head = at.next;
                } else {
                    previous.next = at.next;
                }
                if (tail == at) {
                    tail = previous;
                }
                at.next = null;
                at.waitingOn = null;
                return;
            }
            previous = at;
        }
    }
}
