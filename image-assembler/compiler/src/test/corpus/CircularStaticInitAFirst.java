public class CircularStaticInitAFirst {
    static class A { static int x = B.y + 1; }
    static class B { static int y = A.x + 10; }
    public static void main(String[] args) {
        System.out.println("A.x=" + A.x + " B.y=" + B.y);
    }
}
