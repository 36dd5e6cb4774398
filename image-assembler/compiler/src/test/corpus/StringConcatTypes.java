public class StringConcatTypes {
    static class P { public String toString() { return "P!"; } }
    public static void main(String[] args) {
        int i = -42; long l = Long.MIN_VALUE; char c = 'Z'; byte b = -7; short s = 300; boolean t = true;
        String str = "str"; String nul = null; Object o = new P(); Object on = null; StringBuilder sb = new StringBuilder("sb");
        System.out.println("i=" + i + " l=" + l + " c=" + c + " b=" + b + " s=" + s + " t=" + t);
        System.out.println("str=" + str + " nul=" + nul + " o=" + o + " on=" + on + " sb=" + sb);
        System.out.println(1 + 2 + "x" + 1 + 2);
        System.out.println('a' + 'b' + "c" + 'a' + 'b');
        System.out.println("" + Integer.MIN_VALUE + Integer.MAX_VALUE + Long.MAX_VALUE);
        System.out.println(c + 1 + "" + (char) (c + 1));
        String acc = "";
        for (int k = 0; k < 5; k++) acc += k;
        acc += 'e'; acc += 3L; acc += false; acc += nul;
        System.out.println(acc);
        Integer boxed = 77; System.out.println("boxed " + boxed);
        System.out.println(str + str + str + i + str);
        char[] arr = { 'q' };
        System.out.println("char elem " + arr[0] + " and " + (arr[0] + 0));
        System.out.println("nested " + ("(" + i + ")") + (t ? "yes" : "no") + (i > 0));
        String empty = "";
        System.out.println(empty + empty + "|" + empty);
        System.out.println("\t tab \\ backslash \" quote ' apos");
    }
}
