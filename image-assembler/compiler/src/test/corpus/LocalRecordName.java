public class LocalRecordName {
    public static void main(String[] args) {
        record Item(int qty) { }
        System.out.println(new Item(3));
    }
}
