public class TryWithResources {
    static StringBuilder log = new StringBuilder();
    static class Res implements AutoCloseable {
        final String name; final boolean failClose;
        Res(String name, boolean failClose) { this.name = name; this.failClose = failClose; log.append("open ").append(name).append('\n'); }
        public void close() { log.append("close ").append(name).append('\n'); if (failClose) throw new IllegalStateException("close " + name); }
    }
    public static void main(String[] args) {
        try (Res a = new Res("a", false); Res b = new Res("b", false)) { log.append("body\n"); }
        System.out.print(log); log.setLength(0);
        try (Res a = new Res("c", true)) { log.append("body2\n"); throw new RuntimeException("body fails"); }
        catch (RuntimeException e) { log.append("caught ").append(e.getMessage()).append(" suppressed ").append(e.getSuppressed().length).append(' ').append(e.getSuppressed()[0].getMessage()).append('\n'); }
        System.out.print(log); log.setLength(0);
        try (Res a = new Res("d", true)) { log.append("body3\n"); }
        catch (IllegalStateException e) { log.append("close failure ").append(e.getMessage()).append('\n'); }
        finally { log.append("finally\n"); }
        System.out.print(log);
    }
}
