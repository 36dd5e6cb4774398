import java.util.ArrayList;
import java.util.List;

public class SynchronizedRecursion {
    private int depth;
    private final List<String> log = new ArrayList<>();

    synchronized int down(int n) {
        depth++;
        if (n == 0) {
            notifyAll();
            return depth;
        }
        synchronized (this) {
            return down(n - 1);
        }
    }

    static synchronized String staticOwner() {
        SynchronizedRecursion.class.notify();
        return "static synchronized owns the class object";
    }

    synchronized void failInside(int n) {
        if (n == 0) {
            throw new IllegalStateException("deep failure");
        }
        failInside(n - 1);
    }

    static boolean owns(Object lock) {
        try {
            lock.notify();
            return true;
        } catch (IllegalMonitorStateException e) {
            return false;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        SynchronizedRecursion r = new SynchronizedRecursion();
        System.out.println("depth " + r.down(1000));
        System.out.println("owned after return: " + owns(r));
        System.out.println(staticOwner());
        System.out.println("class owned after return: " + owns(SynchronizedRecursion.class));
        try {
            r.failInside(50);
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage() + ", owned: " + owns(r));
        }
        Object a = new Object();
        Object b = new Object();
        synchronized (a) {
            synchronized (b) {
                synchronized (a) {
                    System.out.println("nested: a " + owns(a) + ", b " + owns(b));
                }
                System.out.println("after inner a: a " + owns(a) + ", b " + owns(b));
            }
            System.out.println("after b: a " + owns(a) + ", b " + owns(b));
            a.wait(1);
            System.out.println("after wait(1): a " + owns(a));
            a.wait(0, 1);
            System.out.println("after wait(0, 1): a " + owns(a));
        }
        System.out.println("after a: a " + owns(a) + ", b " + owns(b));
        int[] array = new int[3];
        String text = "lock";
        synchronized (array) {
            synchronized (text) {
                array[0] = text.length();
            }
        }
        System.out.println("array " + array[0] + " " + owns(array) + " " + owns(text));
        for (int i = 0; i < 100000; i++) {
            synchronized (r) {
                r.depth++;
            }
        }
        System.out.println("loop " + r.depth + " " + owns(r));
        try {
            synchronized (r) {
                synchronized (a) {
                    throw new RuntimeException("through two monitors");
                }
            }
        } catch (RuntimeException e) {
            System.out.println(e.getMessage() + ": r " + owns(r) + ", a " + owns(a));
        }
    }
}
