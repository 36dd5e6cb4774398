public class BuilderChaining {
    static final class Request {
        final String method, path; final String[] headers; final int timeout; final boolean secure;
        private Request(Builder b) { method = b.method; path = b.path; headers = new String[b.nh]; for (int i = 0; i < b.nh; i++) headers[i] = b.headers[i]; timeout = b.timeout; secure = b.secure; }
        public String toString() { StringBuilder sb = new StringBuilder(method).append(' ').append(secure ? "https://" : "http://").append(path).append(" t=").append(timeout); for (String h : headers) sb.append(" [").append(h).append(']'); return sb.toString(); }
        static final class Builder {
            String method = "GET", path = "/"; String[] headers = new String[8]; int nh; int timeout = 30; boolean secure;
            Builder method(String m) { method = m; return this; }
            Builder path(String p) { path = p; return this; }
            Builder header(String k, String v) { headers[nh++] = k + ": " + v; return this; }
            Builder timeout(int t) { timeout = t; return this; }
            Builder secure() { secure = true; return this; }
            Request build() { return new Request(this); }
        }
    }
    public static void main(String[] args) {
        System.out.println(new Request.Builder().build());
        System.out.println(new Request.Builder().method("POST").path("api/v1/items").header("Accept", "json").header("X-Id", "42").timeout(5).secure().build());
        Request.Builder b = new Request.Builder().path("shared");
        Request r1 = b.build(); b.header("Late", "yes"); Request r2 = b.timeout(1).build();
        System.out.println(r1 + " | " + r2);
    }
}
