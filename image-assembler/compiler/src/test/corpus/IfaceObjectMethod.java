public class IfaceObjectMethod {
    interface Shape { int sides(); }
    static class Sq implements Shape { public int sides() { return 4; } public int hashCode() { return 42; } public boolean equals(Object o) { return o instanceof Sq; } }
    public static void main(String[] args) {
        Shape s = new Sq();
        System.out.println(s.hashCode());
        System.out.println(s.equals(new Sq()));
    }
}
