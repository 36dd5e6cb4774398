public class MultiCatch {
    static void thrower(int k) throws Exception {
        switch (k) {
            case 0: throw new IllegalArgumentException("iae");
            case 1: throw new IllegalStateException("ise");
            case 2: throw new UnsupportedOperationException("uoe");
            case 3: throw new Exception("checked");
            case 4: throw new Error("error");
            default: System.out.println("no throw " + k);
        }
    }
    public static void main(String[] args) {
        for (int k = 0; k < 6; k++) {
            try { thrower(k); }
            catch (IllegalArgumentException | IllegalStateException e) { System.out.println("multi " + e.getMessage()); }
            catch (RuntimeException e) { System.out.println("runtime " + e); }
            catch (Exception e) { System.out.println("exception " + e.getMessage()); }
            catch (Throwable t) { System.out.println("throwable " + t); }
        }
    }
}
