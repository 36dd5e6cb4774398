public class SynchronizedNullMessages {
    static Object field;
    Object inst;
    static Object get() { return null; }
    public static void main(String[] args) {
        Object lock = args.length > 5 ? new Object() : null;
        try { synchronized (lock) { System.out.println("in"); } } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { synchronized (field) { System.out.println("in"); } } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { synchronized (get()) { System.out.println("in"); } } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        SynchronizedNullMessages s = new SynchronizedNullMessages();
        try { synchronized (s.inst) { System.out.println("in"); } } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        Object[] arr = new Object[2];
        try { synchronized (arr[1]) { System.out.println("in"); } } catch (NullPointerException e) { System.out.println(e.getMessage()); }
    }
}
