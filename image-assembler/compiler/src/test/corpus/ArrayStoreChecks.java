public class ArrayStoreChecks {
    interface Shape { int n(); }
    record Sq(int n) implements Shape {}
    public static void main(String[] args) {
        Object[] objs = new String[2];
        try { objs[0] = "ok"; objs[1] = Integer.valueOf(3); } catch (ArrayStoreException e) { System.out.println("ase " + e.getMessage()); }
        Shape[] shapes = new Shape[2];
        Object[] asObj = shapes;
        asObj[0] = new Sq(4);
        try { asObj[1] = "no"; } catch (ArrayStoreException e) { System.out.println("ase2 " + e.getMessage()); }
        Runnable[] rs = new Runnable[1];
        rs[0] = () -> System.out.println("ran");
        rs[0].run();
        System.out.println(objs[0] + " " + shapes[0].n());
        int[][] grid = new int[2][];
        Object[] g = grid;
        try { g[0] = new long[1]; } catch (ArrayStoreException e) { System.out.println("ase3 " + e.getMessage()); }
        g[1] = new int[3];
        System.out.println(grid[1].length);
    }
}
