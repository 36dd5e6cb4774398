public class TryCatchBasic {
    public static void main(String[] args) {
        try { throw new IllegalStateException("boom"); } catch (IllegalStateException e) { System.out.println("caught " + e.getMessage()); }
        finally { System.out.println("finally"); }
    }
}
