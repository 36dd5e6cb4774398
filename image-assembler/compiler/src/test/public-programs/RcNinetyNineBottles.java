// Source: Rosetta Code, "99 bottles of beer".
public class RcNinetyNineBottles {
    private static String bottles(int n) {
        return (n == 0 ? "No more" : String.valueOf(n)) + " bottle" + (n == 1 ? "" : "s") + " of beer";
    }

    public static void main(String[] args) {
        for (int n = 99; n > 0; n--) {
            System.out.println(bottles(n) + " on the wall");
            System.out.println(bottles(n));
            System.out.println("Take one down, pass it around");
            System.out.println(bottles(n - 1).toLowerCase() + " on the wall");
            System.out.println();
        }
    }
}
