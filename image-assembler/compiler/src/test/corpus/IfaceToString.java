public class IfaceToString {
    interface Shape { int sides(); }
    static class Sq implements Shape { public int sides() { return 4; } public String toString() { return "Sq"; } }
    public static void main(String[] args) {
        Shape s = new Sq();
        System.out.println(s.toString());
    }
}
