// Source: Rosetta Code, "Averages/Mean angle".
public class RcMeanAngle {
    static double meanAngle(double... angles) {
        double x = 0;
        double y = 0;
        for (double a : angles) {
            x += Math.cos(Math.toRadians(a));
            y += Math.sin(Math.toRadians(a));
        }
        return Math.toDegrees(Math.atan2(y / angles.length, x / angles.length));
    }

    public static void main(String[] args) {
        System.out.printf("%.6f%n", meanAngle(350, 10));
        System.out.printf("%.6f%n", meanAngle(90, 180, 270, 360));
        System.out.printf("%.6f%n", meanAngle(10, 20, 30));
    }
}
