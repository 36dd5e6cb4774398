public class CircularStaticInitBFirst {
    static class A { static int x = B.y + 1; }
    static class B { static int y = A.x + 10; }
    public static void main(String[] args) {
        System.out.println("B.y=" + B.y + " A.x=" + A.x);
    }
}
