public class LocalTypes {
    public static void main(String[] args) {
        record Item(String name, int qty) { int doubled() { return qty * 2; } }
        enum Level { LOW, MID, HIGH }
        interface Scorer { int score(Item it); }
        Item[] items = { new Item("bolt", 40), new Item("nut", 7), new Item("gear", 15) };
        Scorer s = new Scorer() { public int score(Item it) { return it.qty() * it.name().length(); } };
        for (Item it : items) {
            int sc = s.score(it);
            Level lv = sc > 100 ? Level.HIGH : sc > 50 ? Level.MID : Level.LOW;
            System.out.println(it.name() + " " + it.qty() + " doubled=" + it.doubled() + " score=" + sc + " level=" + lv + " ord=" + lv.ordinal());
        }
        System.out.println(Level.values().length + " " + items[0].equals(new Item("bolt", 40)));
    }
}
