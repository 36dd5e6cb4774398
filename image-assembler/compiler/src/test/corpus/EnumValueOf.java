public class EnumValueOf {
    enum Color { RED, GREEN }
    public static void main(String[] args) {
        System.out.println(Color.valueOf("GREEN").ordinal());
    }
}
