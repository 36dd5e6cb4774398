public class PrintEnv {
    public static void main(String[] args) {
        System.out.println("MOKA_TEST=" + System.getenv("MOKA_TEST"));
        System.out.println("MISSING=" + System.getenv("MOKA_MISSING"));
        System.out.println("entries with MOKA_TEST: " + (System.getenv().get("MOKA_TEST") != null));
        System.out.println("args: " + args.length + (args.length > 0 ? " " + args[0] : ""));
    }
}
