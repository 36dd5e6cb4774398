public class DeepInheritance {
    static class L0 { int depth() { return 0; } String path() { return "L0"; } int sum() { return 1; } }
    static class L1 extends L0 { int depth() { return 1; } String path() { return super.path() + ">L1"; } }
    static class L2 extends L1 { int sum() { return super.sum() + 2; } }
    static class L3 extends L2 { int depth() { return super.depth() + 2; } String path() { return super.path() + ">L3"; } }
    static class L4 extends L3 { int sum() { return super.sum() * 10; } }
    static class L5 extends L4 { String path() { return super.path() + ">L5"; } }
    static class L6 extends L5 { int depth() { return 6; } int sum() { return super.sum() + 6; } }
    public static void main(String[] args) {
        L0[] all = { new L0(), new L1(), new L2(), new L3(), new L4(), new L5(), new L6() };
        for (L0 o : all) System.out.println(o.depth() + " " + o.path() + " " + o.sum() + " " + (o instanceof L3) + " " + (o instanceof L5));
        L3 mid = new L6(); System.out.println(mid.path() + " " + ((L4) mid).sum());
    }
}
