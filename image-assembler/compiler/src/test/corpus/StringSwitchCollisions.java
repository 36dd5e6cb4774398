public class StringSwitchCollisions {
    static int code(String s) {
        switch (s) {
            case "Aa": return 1;
            case "BB": return 2;
            case "AaAa": return 3;
            case "BBBB": return 4;
            case "AaBB": return 5;
            case "BBAa": return 6;
            default: return 0;
        }
    }
    public static void main(String[] args) {
        String[] in = { "Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "Ab", "aa", "" };
        for (String s : in) System.out.println(s + " " + s.hashCode() + " " + code(s));
        String dyn = new StringBuilder().append('B').append('B').toString();
        System.out.println(code(dyn) + " " + code(dyn.concat(dyn)));
    }
}
