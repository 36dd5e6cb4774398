public class ClassObjects {
    enum Planet { MERCURY, VENUS { public String toString() { return "venus!"; } }, EARTH }
    static class Animal {} static class Dog extends Animal {}
    public static void main(String[] args) {
        Object o = new Dog();
        System.out.println(o.getClass().getName() + " " + o.getClass().getSimpleName() + " " + (o.getClass() == Dog.class) + " " + Animal.class.isInstance(o) + " " + String.class.getName());
        System.out.println(new int[2].getClass().getName() + " " + new String[0].getClass().getSimpleName() + " " + Runnable.class + " " + Dog.class);
        System.out.println(Planet.valueOf("EARTH").ordinal() + " " + Planet.VENUS.getDeclaringClass().getSimpleName() + " " + Planet.VENUS);
        try { Planet.valueOf("PLUTO"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        assert args.length > 100 : "never";
        System.out.println(java.util.Arrays.toString(Planet.class.getEnumConstants()));
    }
}
