/** A user program that dies of an uncaught exception: the runtime reports it and exits with 1. */
public class CrashUser {
    public static void main(String[] args) {
        int[] small = new int[2];
        System.out.println("about to fail");
        System.out.println(small[args.length + 5]);
    }
}
