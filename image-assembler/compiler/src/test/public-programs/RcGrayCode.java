// Source: Rosetta Code, "Gray code".
public class RcGrayCode {
    public static void main(String[] args) {
        for (int i = 0; i < 32; i++) {
            int gray = i ^ (i >> 1);
            int decoded = 0;
            for (int g = gray; g != 0; g >>= 1) {
                decoded ^= g;
            }
            System.out.println(String.format("%2d %5s %5s %2d", i, Integer.toBinaryString(i),
                    String.format("%5s", Integer.toBinaryString(gray)).replace(' ', '0'), decoded));
        }
    }
}
