// args: a
public class StaticInitRuntimeOrder {
    static class A { static int x = B.y + 1; }
    static class B { static int y = A.x + 10; }
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("b")) System.out.println("B.y=" + B.y + " A.x=" + A.x);
        else System.out.println("A.x=" + A.x + " B.y=" + B.y);
    }
}
