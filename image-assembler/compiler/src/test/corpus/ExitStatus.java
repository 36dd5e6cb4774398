// args: 3
public class ExitStatus {
    public static void main(String[] args) {
        int code = Integer.parseInt(args[0]);
        System.out.println("exiting with " + code);
        System.err.println("stderr line");
        if (code > 0) System.exit(code * 10 + 7);
        System.out.println("not reached");
    }
}
