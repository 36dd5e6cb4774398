public class ThrowNullAndRethrow {
    static void rethrow(RuntimeException e) { throw e; }
    public static void main(String[] args) {
        RuntimeException saved = new RuntimeException("saved");
        for (int i = 0; i < 3; i++) { try { rethrow(saved); } catch (RuntimeException e) { System.out.println((e == saved) + " " + e.getMessage()); } }
        try { RuntimeException n = null; throw n; } catch (NullPointerException e) { System.out.println("throw null gives NPE"); }
        try { Object o = null; o.toString(); } catch (Exception e) { System.out.println("npe is exception " + (e instanceof RuntimeException)); }
        Throwable t = new Exception("base");
        try { throw (Exception) t; } catch (Exception e) { System.out.println("cast rethrow " + e.getMessage()); }
        try { throw new StackOverflowError(); } catch (VirtualMachineError e) { System.out.println("vme " + e); }
    }
}
