// Source: Rosetta Code, "Trigonometric functions".
public class RcTrigonometric {
    public static void main(String[] args) {
        double radians = Math.PI / 4;
        double degrees = 45.0;
        System.out.println(Math.sin(radians) + " " + Math.sin(Math.toRadians(degrees)));
        System.out.println(Math.cos(radians) + " " + Math.cos(Math.toRadians(degrees)));
        System.out.println(Math.tan(radians) + " " + Math.tan(Math.toRadians(degrees)));
        double arcsin = Math.asin(Math.sin(radians));
        System.out.println(arcsin + " " + Math.toDegrees(arcsin));
        double arccos = Math.acos(Math.cos(radians));
        System.out.println(arccos + " " + Math.toDegrees(arccos));
        double arctan = Math.atan(Math.tan(radians));
        System.out.println(arctan + " " + Math.toDegrees(arctan));
    }
}
