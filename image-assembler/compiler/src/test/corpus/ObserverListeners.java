public class ObserverListeners {
    interface Listener { void onEvent(String name, int value); }
    static final class Bus {
        private Listener[] ls = new Listener[1]; private int n;
        void subscribe(Listener l) { if (n == ls.length) { Listener[] b = new Listener[n * 2]; for (int i = 0; i < n; i++) b[i] = ls[i]; ls = b; } ls[n++] = l; }
        void publish(String name, int v) { for (int i = 0; i < n; i++) ls[i].onEvent(name, v); }
    }
    static final class Summer implements Listener { long total; public void onEvent(String name, int value) { total += value; } }
    public static void main(String[] args) {
        Bus bus = new Bus();
        Summer sum = new Summer();
        final StringBuilder log = new StringBuilder();
        bus.subscribe(sum);
        bus.subscribe(new Listener() { public void onEvent(String name, int value) { log.append(name).append('=').append(value).append(' '); } });
        bus.subscribe(new Listener() { int max = Integer.MIN_VALUE; public void onEvent(String name, int value) { if (value > max) { max = value; System.out.println("new max " + max + " from " + name); } } });
        String[] names = { "a", "b", "c", "d", "e", "f" }; int[] vals = { 5, 3, 9, -2, 9, 11 };
        for (int i = 0; i < names.length; i++) bus.publish(names[i], vals[i]);
        System.out.println(log); System.out.println("total " + sum.total);
    }
}
