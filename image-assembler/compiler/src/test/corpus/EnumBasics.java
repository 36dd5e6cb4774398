public class EnumBasics {
    enum Color { RED, GREEN, BLUE }
    enum Planet {
        MERCURY(3303, 2439), EARTH(5976, 6378), JUPITER(1900000, 71492);
        final int mass; final int radius;
        Planet(int mass, int radius) { this.mass = mass; this.radius = radius; }
        long product() { return (long) mass * radius; }
    }
    public static void main(String[] args) {
        Color c = Color.GREEN;
        System.out.println(c + " " + c.name() + " " + c.ordinal());
        System.out.println(c == Color.GREEN);
        System.out.println(Color.RED.compareTo(Color.BLUE));
        for (Planet p : Planet.values()) System.out.println(p + " " + p.product());
        System.out.println(Planet.valueOf("EARTH").radius);
    }
}
