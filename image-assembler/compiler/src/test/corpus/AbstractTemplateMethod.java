public class AbstractTemplateMethod {
    static abstract class Report {
        final String render() { StringBuilder sb = new StringBuilder(); sb.append(header()).append('\n'); for (int i = 0; i < rows(); i++) sb.append(row(i)).append('\n'); sb.append(footer()); return sb.toString(); }
        String header() { return "== " + title() + " =="; }
        abstract String title(); abstract int rows(); abstract String row(int i);
        String footer() { return "-- " + rows() + " rows --"; }
    }
    static class Squares extends Report { String title() { return "squares"; } int rows() { return 4; } String row(int i) { return i + "^2=" + i * i; } }
    static class Words extends Report {
        final String[] ws; Words(String... ws) { this.ws = ws; }
        String title() { return "words"; } int rows() { return ws.length; } String row(int i) { return (i + 1) + ". " + ws[i]; }
        String footer() { return super.footer() + " total chars " + total(); }
        int total() { int t = 0; for (String w : ws) t += w.length(); return t; }
    }
    static class Empty extends Words { Empty() { super(); } String header() { return "(empty)"; } }
    public static void main(String[] args) {
        Report[] rs = { new Squares(), new Words("alpha", "beta", "gamma"), new Empty() };
        for (Report r : rs) System.out.println(r.render());
    }
}
