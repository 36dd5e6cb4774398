public class UnbalancedMain {
    public static void main(String[] args) {
        Object lock = new Object();
        Object other = new Object();
        try {
            Unbalanced.exitOnly(lock);
            System.out.println("exit without enter returned");
        } catch (IllegalMonitorStateException e) {
            System.out.println("exit without enter: " + e + ", message " + e.getMessage());
        }
        synchronized (other) {
            try {
                Unbalanced.exitOnly(lock);
            } catch (IllegalMonitorStateException e) {
                System.out.println("exit of another monitor: " + e);
            }
            other.notify();
            System.out.println("still owns the one it entered");
        }
        Unbalanced.exitOnly(lock);
    }
}
