// Source: Rosetta Code, "100 doors".
public class RcHundredDoors {
    public static void main(String[] args) {
        boolean[] doors = new boolean[101];
        for (int pass = 1; pass <= 100; pass++) {
            for (int door = pass; door <= 100; door += pass) {
                doors[door] = !doors[door];
            }
        }
        StringBuilder open = new StringBuilder();
        for (int i = 1; i <= 100; i++) {
            if (doors[i]) {
                open.append(i).append(' ');
            }
        }
        System.out.println("Open doors: " + open.toString().trim());
    }
}
