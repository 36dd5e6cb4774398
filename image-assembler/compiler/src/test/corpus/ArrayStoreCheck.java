public class ArrayStoreCheck {
    public static void main(String[] args) {
        Object[] objs = new String[1];
        try { objs[0] = Integer.valueOf(1); System.out.println("stored " + objs[0]); }
        catch (ArrayStoreException e) { System.out.println("ASE " + e.getMessage()); }
    }
}
