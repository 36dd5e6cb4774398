public class InstanceofCasts {
    interface Walker { String walk(); }
    interface Swimmer { String swim(); }
    static class Animal { String kind() { return "animal"; } }
    static class Duck extends Animal implements Walker, Swimmer { public String walk() { return "waddle"; } public String swim() { return "paddle"; } String kind() { return "duck"; } }
    static class Fish extends Animal implements Swimmer { public String swim() { return "fin"; } }
    static class Robot implements Walker { public String walk() { return "clank"; } }
    static String probe(Object o) {
        StringBuilder sb = new StringBuilder();
        if (o instanceof Animal) sb.append("Animal:").append(((Animal) o).kind()).append(' ');
        if (o instanceof Walker) sb.append("Walker:").append(((Walker) o).walk()).append(' ');
        if (o instanceof Swimmer) sb.append("Swimmer:").append(((Swimmer) o).swim()).append(' ');
        if (o instanceof Duck d) sb.append("pattern-duck:").append(d.walk()).append(' ');
        if (o instanceof String s && s.length() > 2) sb.append("long string ").append(s);
        if (o == null) sb.append("null");
        return sb.toString();
    }
    public static void main(String[] args) {
        Object[] os = { new Duck(), new Fish(), new Robot(), new Animal(), "hi", "hello", null, new StringBuilder() };
        for (Object o : os) System.out.println(probe(o));
        Object n = null;
        String s = (String) n; System.out.println("null cast ok " + s);
        Animal a = (Animal) (Object) new Duck(); System.out.println(a.kind());
        Walker w = (Walker) a; Swimmer sw = (Swimmer) w; System.out.println(w.walk() + sw.swim());
        Object cs = "chars"; CharSequence seq = (CharSequence) cs; System.out.println(seq.length());
        System.out.println((n instanceof Object) + " " + ("x" instanceof Comparable) + " " + (new Object() instanceof Walker));
    }
}
