public class MonitorMisuse {
    interface Action {
        void run() throws Exception;
    }

    static void attempt(String what, Action action) {
        try {
            action.run();
            System.out.println(what + ": ok");
        } catch (Exception e) {
            System.out.println(what + ": " + e);
        }
    }

    static synchronized void staticLocked() {
    }

    public static void main(String[] args) {
        Object o = new Object();
        Object other = new Object();
        attempt("notify", () -> o.notify());
        attempt("notifyAll", () -> o.notifyAll());
        attempt("wait", () -> o.wait());
        attempt("wait(5)", () -> o.wait(5));
        attempt("wait(5, 1)", () -> o.wait(5, 1));
        attempt("wait(-1)", () -> o.wait(-1));
        attempt("wait(-1, 0)", () -> o.wait(-1, 0));
        attempt("wait(1, 1000000)", () -> o.wait(1, 1000000));
        attempt("wait(1, -1)", () -> o.wait(1, -1));
        synchronized (o) {
            attempt("owner notify", () -> o.notify());
            attempt("owner notifyAll", () -> o.notifyAll());
            attempt("owner wait(1)", () -> o.wait(1));
            attempt("owner wait(-1)", () -> o.wait(-1));
            attempt("other notify", () -> other.notify());
            attempt("other wait(1)", () -> other.wait(1));
        }
        staticLocked();
        attempt("class notify after static synchronized", () -> MonitorMisuse.class.notify());
        synchronized (MonitorMisuse.class) {
            attempt("class notify inside", () -> MonitorMisuse.class.notifyAll());
        }
        String[] names = {"x"};
        attempt("array notify", () -> names.notify());
        try {
            o.notify();
        } catch (IllegalMonitorStateException e) {
            System.out.println("message: " + e.getMessage());
            System.out.println("class: " + e.getClass().getName());
        }
        Object lock = new Object();
        synchronized (lock) {
            lock.notify();
        }
        attempt("notify after the block", () -> lock.notify());
    }
}
