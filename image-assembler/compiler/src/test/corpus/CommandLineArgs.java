// args: alpha 42 -7 x y=z
public class CommandLineArgs {
    public static void main(String[] args) {
        System.out.println("count " + args.length);
        for (int i = 0; i < args.length; i++) System.out.println(i + ": [" + args[i] + "] len " + args[i].length() + " hash " + args[i].hashCode());
        int sum = 0;
        for (String a : args) { boolean num = a.length() > 0; for (int i = 0; i < a.length(); i++) { char c = a.charAt(i); if (!(c >= '0' && c <= '9') && !(i == 0 && c == '-' && a.length() > 1)) num = false; } if (num) sum += Integer.parseInt(a); }
        System.out.println("numeric sum " + sum);
        System.out.println(args[0].equals("alpha") ? "first is alpha" : "first is not alpha");
    }
}
