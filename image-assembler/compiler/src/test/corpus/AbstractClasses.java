public class AbstractClasses {
    static abstract class Animal {
        final String name;
        Animal(String name) { this.name = name; }
        abstract String sound();
        int legs() { return 4; }
        String describe() { return name + " says " + sound() + " on " + legs() + " legs"; }
    }
    static class Dog extends Animal { Dog() { super("dog"); } String sound() { return "woof"; } }
    static class Bird extends Animal { Bird(String n) { super(n); } String sound() { return "tweet"; } int legs() { return 2; } }
    static class Parrot extends Bird { Parrot() { super("parrot"); } String sound() { return "hello " + super.sound(); } }
    static abstract class Shape { abstract long area(); long doubled() { return 2 * area(); } }
    static class Sq extends Shape { int s; Sq(int s) { this.s = s; } long area() { return (long) s * s; } }
    public static void main(String[] args) {
        Animal[] zoo = { new Dog(), new Bird("robin"), new Parrot() };
        for (Animal a : zoo) System.out.println(a.describe());
        Shape sh = new Sq(7);
        System.out.println(sh.area() + " " + sh.doubled());
        Animal a = zoo[2];
        System.out.println((a instanceof Bird) + " " + (a instanceof Parrot) + " " + (zoo[0] instanceof Bird));
        Bird b = (Bird) a;
        System.out.println(b.legs() + " " + b.name);
    }
}
