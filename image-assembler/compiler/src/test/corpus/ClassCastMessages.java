public class ClassCastMessages {
    static class A { } static class B extends A { }
    public static void main(String[] args) {
        try { Object o = new A(); B b = (B) o; } catch (ClassCastException e) { System.out.println(e.getMessage()); }
        try { Object o = "s"; Integer i = (Integer) o; } catch (ClassCastException e) { System.out.println(e.getMessage()); }
    }
}
