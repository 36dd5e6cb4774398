public class StderrInterleave {
    public static void main(String[] args) {
        for (int i = 0; i < 10; i++) {
            if (i % 3 == 0) System.err.println("err " + i); else System.out.println("out " + i);
        }
        System.err.print('c'); System.err.print(5); System.err.print(5L); System.err.print(true); System.err.print((Object) "o"); System.err.println();
        System.out.print('c'); System.out.print(5); System.out.print(-5L); System.out.print(false); System.out.print((Object) null); System.out.println();
        System.out.println((String) null); System.out.println((Object) null);
        System.out.println(new char[] { 'h', 'i' }); System.out.print(new char[] { '!', '\n' });
        System.out.println('x'); System.out.println(1L << 62); System.out.println(true);
        System.out.write('W'); System.out.write('\n'); System.out.flush();
    }
}
