public class StringBasics {
    public static void main(String[] args) {
        String s = "Hello, World";
        System.out.println(s.length() + " " + s.charAt(0) + s.charAt(s.length() - 1) + " " + s.isEmpty() + " " + "".isEmpty());
        System.out.println(s.substring(7) + "|" + s.substring(0, 5) + "|" + s.substring(3, 3) + "|" + s.substring(12));
        System.out.println(s.indexOf('o') + " " + s.indexOf('z') + " " + s.indexOf(',') + " " + s.indexOf(72));
        System.out.println(s.startsWith("Hell") + " " + s.startsWith("hell") + " " + s.startsWith("") + " " + "ab".startsWith("abc"));
        System.out.println(s.concat("!") + " " + "".concat("") + "|" + "a".concat("b").concat("c"));
        System.out.println(s.equals("Hello, World") + " " + s.equals("hello, world") + " " + s.equals(null) + " " + s.equals(new StringBuilder(s)));
        String built = new StringBuilder("Hello").append(", ").append("World").toString();
        System.out.println((built == s) + " " + built.equals(s) + " " + (built.hashCode() == s.hashCode()));
        char[] cs = s.toCharArray(); cs[0] = 'J';
        System.out.println(new String(cs) + " " + s);
        System.out.println(new String() + "|" + new String(new char[] { 'a', 'b' }) + "|" + s.toString());
        String lit = "Hello, World"; System.out.println(lit == s);
        int vowels = 0; for (int i = 0; i < s.length(); i++) { char c = s.charAt(i); if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') vowels++; }
        System.out.println("vowels " + vowels);
        StringBuilder rev = new StringBuilder(); for (int i = s.length() - 1; i >= 0; i--) rev.append(s.charAt(i)); System.out.println(rev);
    }
}
