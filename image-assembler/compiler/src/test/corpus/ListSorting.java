import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
public class ListSorting {
    static class Person { final String name; final int age; Person(String n, int a) { name = n; age = a; } public String toString() { return name + ":" + age; } }
    public static void main(String[] args) {
        List<Person> people = new ArrayList<>();
        String[] names = { "eve", "bob", "alice", "dan", "carol", "frank", "bob" };
        int[] ages = { 30, 25, 30, 41, 25, 19, 50 };
        for (int i = 0; i < names.length; i++) people.add(new Person(names[i], ages[i]));
        Comparator<Person> byAge = new Comparator<Person>() { public int compare(Person a, Person b) { return Integer.compare(a.age, b.age); } };
        Comparator<Person> byName = new Comparator<Person>() { public int compare(Person a, Person b) { return a.name.compareTo(b.name); } };
        people.sort(byAge); System.out.println(people);
        people.sort(byName); System.out.println(people);
        people.sort(byAge.thenComparing(byName)); System.out.println(people);
        people.sort(byName.reversed()); System.out.println(people);
        List<String> words = new ArrayList<>();
        for (String n : names) words.add(n);
        words.sort(null); System.out.println(words);
        List<Integer> nums = new ArrayList<>();
        int seed = 7; for (int i = 0; i < 30; i++) { seed = seed * 31 + 11; nums.add(seed % 100); }
        nums.sort(Comparator.naturalOrder()); System.out.println(nums);
        nums.sort(Comparator.reverseOrder()); System.out.println(nums);
    }
}
