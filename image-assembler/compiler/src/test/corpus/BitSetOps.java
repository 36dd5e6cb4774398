import java.util.*;

public class BitSetOps {
    public static void main(String[] args) {
        BitSet a = new BitSet();
        System.out.println(a + " " + a.size() + " " + a.length() + " " + a.isEmpty() + " " + a.hashCode());
        a.set(1); a.set(5); a.set(64); a.set(130, 140);
        System.out.println(a + " " + a.size() + " " + a.length() + " " + a.cardinality() + " " + a.hashCode());
        BitSet b = new BitSet(10);
        System.out.println(b.size());
        b.set(0, 70); b.clear(3); b.clear(10, 20); b.flip(60, 75); b.flip(0);
        System.out.println(b + " " + b.length() + " " + b.cardinality() + " " + b.size());
        System.out.println(b.nextSetBit(0) + " " + b.nextSetBit(20) + " " + b.nextClearBit(0) + " " + b.nextClearBit(21) + " " + b.nextSetBit(75) + " " + b.previousSetBit(100) + " " + b.previousClearBit(59));
        BitSet c = (BitSet) a.clone();
        c.and(b);
        System.out.println("and " + c + " " + c.size());
        c = (BitSet) a.clone(); c.or(b); System.out.println("or " + c);
        c = (BitSet) a.clone(); c.xor(b); System.out.println("xor " + c);
        c = (BitSet) a.clone(); c.andNot(b); System.out.println("andNot " + c + " " + a.intersects(b) + " " + c.intersects(b));
        System.out.println(a.get(64) + " " + a.get(63) + " " + a.get(1000) + " " + a.get(60, 135) + " " + b.get(5, 30));
        System.out.println(a.equals(c) + " " + a.equals(a.clone()) + " " + Arrays.toString(a.toLongArray()) + " " + BitSet.valueOf(new long[]{5L, 0L, 1L}));
        System.out.println(Arrays.toString(BitSet.valueOf(new byte[]{1, (byte) 0x80, 0}).toByteArray()) + " " + BitSet.valueOf(new byte[]{1, (byte) 0x80}));
        a.set(200, false); a.set(7, true); a.clear(130, 135);
        System.out.println(a + " " + a.length());
        a.clear();
        System.out.println(a + " " + a.length() + " " + a.size() + " " + a.isEmpty());
        BitSet sieve = new BitSet(200);
        sieve.set(2, 200);
        for (int p = 2; p * p < 200; p = sieve.nextSetBit(p + 1))
            for (int q = p * p; q < 200; q += p) sieve.clear(q);
        System.out.println(sieve.cardinality() + " " + sieve + " " + sieve.hashCode());
        String[] bad = {"set", "get", "clearRange", "flipRange", "nextSet", "prevSet", "neg"};
        for (String op : bad) {
            try {
                switch (op) {
                    case "set" -> a.set(-1);
                    case "get" -> a.get(-5);
                    case "clearRange" -> a.clear(5, 3);
                    case "flipRange" -> a.flip(-2, 3);
                    case "nextSet" -> a.nextSetBit(-1);
                    case "prevSet" -> a.previousSetBit(-2);
                    default -> new BitSet(-3);
                }
            } catch (IndexOutOfBoundsException | NegativeArraySizeException e) {
                System.out.println(e);
            }
        }
        System.out.println(a.previousSetBit(-1) + " " + new BitSet(0).size() + " " + new BitSet(65).size());
    }
}
