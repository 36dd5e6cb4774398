import java.util.EmptyStackException;
import java.util.Iterator;
import java.util.List;
import java.util.Stack;
import java.util.Vector;

public class StackAndVector {
    public static void main(String[] args) {
        Stack<String> stack = new Stack<>();
        System.out.println(stack.empty() + " " + stack + " " + stack.capacity());
        for (String s : "to be or not to be".split(" ")) {
            stack.push(s);
        }
        System.out.println(stack + " " + stack.size() + " " + stack.peek() + " " + stack.search("to") + " " + stack.search("xyz")
                + " " + stack.search("be"));
        System.out.println(stack.pop() + " " + stack.pop() + " " + stack + " " + stack.firstElement() + " " + stack.lastElement());
        try {
            new Stack<Integer>().pop();
        } catch (EmptyStackException e) {
            System.out.println("empty: " + e);
        }
        Vector<Integer> v = new Vector<>(3, 2);
        for (int i = 0; i < 8; i++) {
            v.addElement(i * i);
            System.out.print(v.capacity() + " ");
        }
        System.out.println();
        v.insertElementAt(-1, 2);
        v.removeElementAt(0);
        v.setElementAt(99, 1);
        v.add(0, 7);
        v.remove(Integer.valueOf(25));
        System.out.println(v + " " + v.indexOf(99) + " " + v.lastIndexOf(16) + " " + v.indexOf(16, 5) + " " + v.contains(49)
                + " " + v.elementAt(3) + " " + v.get(4));
        v.setSize(10);
        System.out.println(v + " " + v.size());
        v.setSize(4);
        v.trimToSize();
        System.out.println(v + " " + v.capacity());
        Integer[] out = new Integer[4];
        v.copyInto(out);
        int sum = 0;
        for (Iterator<Integer> it = v.iterator(); it.hasNext(); ) {
            sum += it.next();
        }
        System.out.println(out[1] + " " + sum + " " + v.equals(List.of(7, 99, -1, 4)) + " " + v.hashCode() + " "
                + new Vector<>(List.of("x", "y")));
        Vector<Integer> big = new Vector<>();
        for (int i = 0; i < 25; i++) {
            big.add(i);
        }
        System.out.println(big.capacity() + " " + big.subList(3, 6));
        try {
            big.get(30);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            big.elementAt(25);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            big.insertElementAt(1, 27);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            new Vector<String>().firstElement();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("no element: " + e.getMessage());
        }
        big.removeAllElements();
        System.out.println(big.isEmpty() + " " + big.capacity());
    }
}
