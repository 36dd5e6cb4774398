// stdin-text: 2 3\n-7 12\n1000000 2345\n
// Source: Rosetta Code, "A+B" (each line of standard input holds two integers).
import java.util.Scanner;

public class RcAPlusB {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        while (in.hasNextInt()) {
            int a = in.nextInt();
            int b = in.nextInt();
            System.out.println(a + b);
        }
    }
}
