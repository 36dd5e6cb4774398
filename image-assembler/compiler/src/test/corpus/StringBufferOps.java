public class StringBufferOps {
    public static void main(String[] args) {
        StringBuffer sb = new StringBuffer();
        System.out.println(sb.length() + " " + sb.capacity());
        sb.append("abc").append(1).append('x').append(2L).append(1.5f).append(2.25).append(true).append((Object) null)
                .append(new char[] {'y', 'z'}).append(new char[] {'p', 'q', 'r'}, 1, 2).append("hello", 1, 3)
                .appendCodePoint(0x1F600).append(new StringBuffer("sb")).append((String) null);
        System.out.println(sb + " " + sb.length() + " " + sb.capacity());
        sb.insert(0, "<").insert(1, 42).insert(0, 'c').insert(2, 3.5).insert(0, false).insert(1, 7L).insert(2, 0.5f)
                .insert(0, new char[] {'!', '?'}).insert(0, (Object) "obj");
        System.out.println(sb);
        sb.delete(0, 3).deleteCharAt(0).replace(0, 2, "REPL").reverse();
        System.out.println(sb + " " + sb.indexOf("x") + " " + sb.lastIndexOf("l") + " " + sb.indexOf("e", 5) + " " + sb.charAt(3));
        sb.setCharAt(0, '#');
        sb.setLength(10);
        System.out.println(sb + "|" + sb.substring(2) + "|" + sb.substring(1, 4) + "|" + sb.subSequence(0, 2));
        sb.setLength(12);
        System.out.println(sb.toString().replace('\0', '_') + " " + sb.length());
        StringBuffer a = new StringBuffer("apple");
        StringBuffer b = new StringBuffer("apricot");
        System.out.println(a.compareTo(b) + " " + b.compareTo(a) + " " + a.compareTo(new StringBuffer("apple")) + " "
                + "apple".contentEquals(a) + " " + new String(a) + " " + new StringBuilder("x").append(a));
        StringBuffer big = new StringBuffer(4);
        for (int i = 0; i < 20; i++) {
            big.append(i % 10);
        }
        big.ensureCapacity(100);
        System.out.println(big + " " + big.capacity());
        big.trimToSize();
        System.out.println(big.capacity());
        char[] dst = new char[5];
        big.getChars(3, 8, dst, 0);
        System.out.println(new String(dst));
        try {
            big.charAt(40);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            big.insert(99, "x");
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            big.delete(5, 2);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        String luhn = new StringBuffer("49927398716").reverse().toString();
        System.out.println(luhn);
    }
}
