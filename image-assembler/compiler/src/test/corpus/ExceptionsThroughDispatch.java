public class ExceptionsThroughDispatch {
    interface Task { int run(int x); }
    static abstract class Base implements Task { public int run(int x) { return step(x) + 1; } abstract int step(int x); }
    static class Divider extends Base { int step(int x) { return 100 / x; } }
    static class Indexer extends Base { final int[] data = { 1, 2, 3 }; int step(int x) { return data[x]; } }
    static class Caster extends Base { int step(int x) { Object o = x > 0 ? (Object) "s" : (Object) Integer.valueOf(x); return ((String) o).length(); } }
    static class Nuller extends Base { String s; int step(int x) { return x == 0 ? s.length() : x; } }
    static class Ctor { final int v; Ctor(int x) { if (x < 0) throw new IllegalArgumentException("neg"); v = 1000 / x; } }
    public static void main(String[] args) {
        Task[] tasks = { new Divider(), new Indexer(), new Caster(), new Nuller() };
        int[] inputs = { 0, 1, 3, -1 };
        for (Task t : tasks) {
            StringBuilder sb = new StringBuilder();
            for (int in : inputs) {
                try { sb.append(t.run(in)); }
                catch (ArithmeticException e) { sb.append("AE"); }
                catch (ArrayIndexOutOfBoundsException e) { sb.append("AIOOBE"); }
                catch (ClassCastException e) { sb.append("CCE"); }
                catch (NullPointerException e) { sb.append("NPE"); }
                sb.append(' ');
            }
            System.out.println(sb);
        }
        int[] xs = { 5, 0, -2 };
        for (int x : xs) { try { System.out.println(new Ctor(x).v); } catch (RuntimeException e) { System.out.println(e.getMessage()); } }
    }
}
