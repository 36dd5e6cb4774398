public class ExceptionToStrings {
    static class Quiet extends RuntimeException { Quiet() { super(); } }
    static class Loud extends RuntimeException { Loud(String m) { super(m); } public String getMessage() { return "LOUD:" + super.getMessage(); } }
    static class Localized extends Exception { Localized(String m) { super(m); } public String getLocalizedMessage() { return "localized(" + getMessage() + ")"; } }
    public static void main(String[] args) {
        class LocalBad extends IllegalStateException { LocalBad(String m) { super(m); } }
        Throwable[] ts = { new Quiet(), new Loud("x"), new Localized("y"), new LocalBad("z"), new RuntimeException(), new RuntimeException((String) null),
            new IllegalArgumentException("wrapped", new Quiet()), new RuntimeException(new Loud("inner")), new Error(), new Exception("e"),
            new Throwable("t"), new UnsupportedOperationException("u"), new IndexOutOfBoundsException("i"), new ArithmeticException("a"),
            new Object() { Throwable make() { return new RuntimeException("anon") { }; } }.make() };
        for (Throwable t : ts) System.out.println(t + " | msg=" + t.getMessage() + " | cause=" + t.getCause());
        try { throw new LocalBad("thrown"); } catch (IllegalStateException e) { System.out.println("caught " + e); }
    }
}
