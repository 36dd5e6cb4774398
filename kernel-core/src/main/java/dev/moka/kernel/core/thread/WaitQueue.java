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
        }
        return first;
    }
}
