public class CovariantReturns {
    static class Animal { Animal self() { return this; } Object value() { return "animal-value"; } Number num() { return 1; } public String toString() { return "Animal"; } }
    static class Cat extends Animal { Cat self() { return this; } String value() { return "cat-value"; } Integer num() { return 9; } String meow() { return "meow"; } public String toString() { return "Cat"; } }
    interface Source<T> { T produce(); }
    static class StrSource implements Source<String> { public String produce() { return "produced"; } }
    static abstract class Copyable<T extends Copyable<T>> { abstract T copy(); }
    static class Doc extends Copyable<Doc> { final int rev; Doc(int rev) { this.rev = rev; } Doc copy() { return new Doc(rev + 1); } }
    public static void main(String[] args) {
        Animal a = new Cat();
        System.out.println(a.self() + " " + a.value() + " " + a.num());
        System.out.println(new Cat().self().meow() + " " + new Cat().value().length());
        Source<String> s = new StrSource(); System.out.println(s.produce().length());
        Source<?> raw = s; System.out.println(raw.produce());
        Doc d = new Doc(1).copy().copy(); System.out.println(d.rev);
        Copyable<Doc> c = d; System.out.println(c.copy().rev);
    }
}
