import java.util.Arrays;

public class FloatingPointArrays {
    public static void main(String[] args) {
        double[] d = {3.5, -0.0, Double.NaN, 0.0, -1e300, Double.POSITIVE_INFINITY, 2.25, Double.NEGATIVE_INFINITY, 0.0, -2.5};
        double[] copy = Arrays.copyOf(d, d.length);
        Arrays.sort(d);
        System.out.println(Arrays.toString(d));
        System.out.println(Arrays.binarySearch(d, 2.25) + " " + Arrays.binarySearch(d, 1.0) + " " + Arrays.binarySearch(d, -0.0)
                + " " + Arrays.binarySearch(d, 0.0) + " " + Arrays.binarySearch(d, Double.NaN) + " "
                + Arrays.binarySearch(d, 1, 4, -1e300));
        Arrays.sort(copy, 2, 7);
        System.out.println(Arrays.toString(copy) + " " + Arrays.hashCode(copy) + " " + Arrays.equals(d, copy) + " "
                + Arrays.equals(new double[] {Double.NaN, 0.0}, new double[] {Double.NaN, 0.0}) + " "
                + Arrays.equals(new double[] {-0.0}, new double[] {0.0}));
        float[] f = {2.5f, -0.0f, Float.NaN, 0.0f, -7f, 1e-40f, 3f};
        Arrays.sort(f);
        System.out.println(Arrays.toString(f) + " " + Arrays.hashCode(f) + " " + Arrays.binarySearch(f, 3f));
        double[] filled = new double[5];
        Arrays.fill(filled, 1.5);
        Arrays.fill(filled, 1, 3, -0.5);
        float[] ff = new float[3];
        Arrays.fill(ff, 0.25f);
        System.out.println(Arrays.toString(filled) + " " + Arrays.toString(ff) + " " + Arrays.toString(Arrays.copyOfRange(filled, 3, 7))
                + " " + Arrays.toString(Arrays.copyOf(ff, 1)) + " " + Arrays.toString((double[]) null) + " "
                + Arrays.hashCode((float[]) null) + " " + Arrays.toString(new float[0]));
        double[] big = new double[1000];
        for (int i = 0; i < big.length; i++) {
            big[i] = Math.sin(i * 7.0) * 1000;
        }
        Arrays.sort(big);
        boolean sorted = true;
        for (int i = 1; i < big.length; i++) {
            sorted &= big[i - 1] <= big[i];
        }
        System.out.println(sorted + " " + big[0] + " " + big[999] + " " + Arrays.binarySearch(big, big[500]));
        try {
            Arrays.sort(d, 5, 2);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Arrays.fill(f, -1, 2, 0f);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
    }
}
