public class SynchronizedBlocks {
    private final Object lock = new Object();
    private int count;
    synchronized void inc() { count++; }
    static synchronized int twice(int x) { return 2 * x; }
    void add(int n) { synchronized (lock) { count += n; } }
    public static void main(String[] args) {
        SynchronizedBlocks s = new SynchronizedBlocks();
        for (int i = 0; i < 10; i++) { s.inc(); s.add(i); }
        synchronized (s) { s.count += twice(5); }
        System.out.println(s.count);
        try { synchronized (s.lock) { throw new IllegalStateException("inside"); } } catch (IllegalStateException e) { System.out.println("released " + e.getMessage()); }
        synchronized (s.lock) { System.out.println("reacquired"); }
    }
}
