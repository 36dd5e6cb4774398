public class StringBuilderOps {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        System.out.println("[" + sb + "] " + sb.length());
        sb.append("abc").append(1).append(-2L).append('x').append(true).append((Object) null).append((String) null);
        System.out.println(sb + " " + sb.length() + " " + sb.charAt(3));
        sb.setLength(3);
        System.out.println(sb + " " + sb.length());
        sb.setLength(0);
        for (int i = 0; i < 1000; i++) sb.append(i % 10);
        System.out.println(sb.length() + " " + sb.charAt(999) + " " + sb.toString().substring(990));
        StringBuilder other = new StringBuilder("init");
        other.append(other.length());
        System.out.println(other);
        StringBuilder nest = new StringBuilder();
        nest.append(new StringBuilder("inner")).append(Integer.MIN_VALUE).append(Long.MIN_VALUE);
        System.out.println(nest);
        CharSequence cs = nest; System.out.println(cs.length() + " " + cs.charAt(0));
        String s1 = sb.toString(), s2 = sb.toString();
        System.out.println(s1.equals(s2) + " " + s1.hashCode());
    }
}
