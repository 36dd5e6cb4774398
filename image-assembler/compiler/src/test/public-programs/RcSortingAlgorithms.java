// Source: Rosetta Code, "Sorting algorithms/Quicksort", "/Merge sort", "/Bubble sort" and "Sort using a custom comparator".
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedList;
import java.util.List;

public class RcSortingAlgorithms {
    static <E extends Comparable<? super E>> List<E> quickSort(List<E> arr) {
        if (arr.size() <= 1) {
            return arr;
        }
        E pivot = arr.get(0);
        List<E> less = new LinkedList<>();
        List<E> more = new LinkedList<>();
        List<E> same = new LinkedList<>();
        for (E i : arr) {
            int c = i.compareTo(pivot);
            if (c < 0) {
                less.add(i);
            } else if (c > 0) {
                more.add(i);
            } else {
                same.add(i);
            }
        }
        List<E> result = new ArrayList<>(quickSort(less));
        result.addAll(same);
        result.addAll(quickSort(more));
        return result;
    }

    static int[] mergeSort(int[] a) {
        if (a.length <= 1) {
            return a;
        }
        int[] left = mergeSort(Arrays.copyOfRange(a, 0, a.length / 2));
        int[] right = mergeSort(Arrays.copyOfRange(a, a.length / 2, a.length));
        int[] out = new int[a.length];
        int i = 0;
        int j = 0;
        for (int k = 0; k < out.length; k++) {
            out[k] = j >= right.length || (i < left.length && left[i] <= right[j]) ? left[i++] : right[j++];
        }
        return out;
    }

    static void bubbleSort(double[] a) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < a.length - 1; i++) {
                if (a[i] > a[i + 1]) {
                    double t = a[i];
                    a[i] = a[i + 1];
                    a[i + 1] = t;
                    changed = true;
                }
            }
        }
    }

    public static void main(String[] args) {
        System.out.println(quickSort(Arrays.asList(5, 3, 9, 1, 5, 8, 2, 7)));
        System.out.println(Arrays.toString(mergeSort(new int[] {38, 27, 43, 3, 9, 82, 10})));
        double[] d = {3.5, -1.25, 2.0, 0.0, 9.75};
        bubbleSort(d);
        System.out.println(Arrays.toString(d));
        String[] words = {"Here", "are", "some", "sample", "strings", "to", "be", "sorted"};
        Arrays.sort(words, Comparator.comparing(String::length).reversed().thenComparing(String.CASE_INSENSITIVE_ORDER));
        System.out.println(Arrays.toString(words));
        double[] e = {3.5, -1.25, 2.0, 0.0, 9.75, -0.0};
        Arrays.sort(e);
        System.out.println(Arrays.toString(e));
    }
}
