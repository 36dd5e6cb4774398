// Source: Rosetta Code, "Reverse a string", "String append" and "String prepend".
public class RcStringBuffer {
    public static void main(String[] args) {
        StringBuffer sb = new StringBuffer("Hello");
        sb.append(", World").append('!').append(42).append(3.5);
        sb.insert(0, ">> ");
        System.out.println(sb + " " + sb.length());
        System.out.println(new StringBuffer("asdf").reverse());
        sb.setLength(8);
        sb.replace(0, 3, "<<");
        System.out.println(sb + " " + sb.indexOf("l") + " " + sb.charAt(2));
    }
}
