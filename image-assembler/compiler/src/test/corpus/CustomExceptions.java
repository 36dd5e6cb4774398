public class CustomExceptions {
    static class AppException extends Exception { final int code; AppException(String m, int code) { super(m); this.code = code; } }
    static class NotFound extends AppException { NotFound(String what) { super("not found: " + what, 404); } }
    static class Invalid extends RuntimeException { Invalid(String m, Throwable cause) { super(m, cause); } }
    static String lookup(String key) throws AppException {
        if (key.equals("missing")) throw new NotFound(key);
        if (key.isEmpty()) throw new AppException("empty key", 400);
        return "value-" + key;
    }
    public static void main(String[] args) {
        String[] keys = { "a", "missing", "", "b" };
        for (String k : keys) {
            try { System.out.println(lookup(k)); }
            catch (NotFound e) { System.out.println("NotFound " + e.code + " " + e.getMessage()); }
            catch (AppException e) { System.out.println("App " + e.code + " " + e.getMessage() + " " + (e instanceof NotFound)); }
        }
        try { try { lookup("missing"); } catch (AppException e) { throw new Invalid("wrapped", e); } }
        catch (Invalid e) { System.out.println(e.getMessage() + " cause=" + e.getCause().getMessage() + " " + (e.getCause() instanceof NotFound)); }
        RuntimeException r = new RuntimeException("plain");
        System.out.println(r + " | " + new IllegalArgumentException() + " | " + new Exception((String) null).getMessage());
        Throwable t = new Error("err", r); System.out.println(t.getCause() == r);
        System.out.println(new CustomExceptions.AppException("x", 1));
    }
}
