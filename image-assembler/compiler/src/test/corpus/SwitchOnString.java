public class SwitchOnString {
    static int classify(String s) {
        switch (s) {
            case "apple": return 1;
            case "banana": return 2;
            case "Aa": return 3;
            case "BB": return 4;
            case "": return 5;
            default: return -1;
        }
    }
    static String arrow(String cmd) {
        return switch (cmd) {
            case "start", "go" -> "starting";
            case "stop" -> "stopping";
            default -> "unknown " + cmd;
        };
    }
    public static void main(String[] args) {
        String[] in = { "apple", "banana", "Aa", "BB", "", "cherry", "appl", "apples" };
        for (String s : in) System.out.println("[" + s + "] " + classify(s) + " hash " + s.hashCode());
        String[] cmds = { "start", "go", "stop", "halt" };
        for (String c : cmds) System.out.println(arrow(c));
        String built = new StringBuilder().append("ban").append("ana").toString();
        System.out.println("built " + classify(built));
        int fall = 0;
        switch ("x") { case "x": fall++; case "y": fall += 10; break; case "z": fall += 100; }
        System.out.println("fall " + fall);
    }
}
