public class NoArgs {
    public static void main(String[] args) {
        System.out.println("args " + args.length + " " + (args != null));
        String[] copy = args; System.out.println(copy.length == 0);
    }
}
