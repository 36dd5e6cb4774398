public class StackOverflowCatch {
    static int depth;
    static void down() { depth++; down(); }
    public static void main(String[] args) {
        try { down(); } catch (StackOverflowError e) { System.out.println("caught SOE " + (depth > 1000)); }
        depth = 0;
        try { down(); } catch (StackOverflowError e) { System.out.println("caught again " + (depth > 1000)); }
    }
}
