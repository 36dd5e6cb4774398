import java.util.*;

public class LinkedListDeque {
    public static void main(String[] args) {
        LinkedList<Integer> l = new LinkedList<>();
        for (int i = 0; i < 8; i++) { if (i % 2 == 0) l.addFirst(i); else l.addLast(i); }
        System.out.println(l + " " + l.size() + " " + l.getFirst() + " " + l.getLast() + " " + l.peek() + " " + l.peekLast());
        System.out.println(l.get(3) + " " + l.set(3, 33) + " " + l.indexOf(33) + " " + l.lastIndexOf(7) + " " + l.contains(5));
        l.add(2, 22); l.add(l.size(), 99); l.add(0, -1);
        System.out.println(l + " " + l.remove(4) + " " + l.remove(Integer.valueOf(99)) + " " + l);
        System.out.println(l.poll() + " " + l.pollLast() + " " + l.pop() + " " + l.removeLast() + " " + l);
        l.push(42); l.offer(43); l.offerFirst(41); l.offerLast(44);
        System.out.println(l + " " + l.element() + " " + l.remove());
        l.addAll(List.of(1, 2, 1, 3, 1));
        l.addAll(2, List.of(100, 200));
        System.out.println(l + " " + l.removeFirstOccurrence(1) + " " + l.removeLastOccurrence(1) + " " + l);
        ListIterator<Integer> it = l.listIterator();
        while (it.hasNext()) {
            int v = it.next();
            if (v == 100) it.remove();
            else if (v == 200) it.set(201);
            else if (v == 2) it.add(3);
        }
        System.out.println(l + " " + it.nextIndex() + " " + it.previousIndex());
        StringBuilder back = new StringBuilder();
        while (it.hasPrevious()) back.append(it.previous()).append(',');
        System.out.println(back);
        Iterator<Integer> d = l.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (d.hasNext()) { int v = d.next(); sb.append(v).append(' '); if (v == 3) d.remove(); }
        System.out.println(sb + "" + l);
        System.out.println(l.subList(1, 4) + " " + l.equals(new ArrayList<>(l)) + " " + (l.hashCode() == new ArrayList<>(l).hashCode()));
        Collections.sort(l);
        System.out.println(l + " " + Arrays.toString(l.toArray()) + " " + l.toArray(new Integer[0]).length);
        try { l.get(l.size()); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { l.add(-1, 5); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { l.listIterator(99); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { for (Integer x : l) if (x == 42) l.remove(x); } catch (ConcurrentModificationException e) { System.out.println("CME"); }
        System.out.println(l);
        try { ListIterator<Integer> li = l.listIterator(); li.remove(); } catch (IllegalStateException e) { System.out.println("ISE"); }
        LinkedList<String> e = new LinkedList<>();
        System.out.println(e.poll() + " " + e.peekFirst() + " " + e.pollLast() + " " + e);
        try { e.getFirst(); } catch (NoSuchElementException x) { System.out.println("NSEE " + x.getMessage()); }
        try { e.pop(); } catch (NoSuchElementException x) { System.out.println("NSEE pop"); }
        try { e.iterator().next(); } catch (NoSuchElementException x) { System.out.println("NSEE next"); }
        e.add(null); e.add("a"); e.add(null);
        System.out.println(e + " " + e.indexOf(null) + " " + e.lastIndexOf(null) + " " + e.remove(null) + " " + e);
        Deque<Integer> dq = new LinkedList<>();
        for (int i = 0; i < 10; i++) dq.offerLast(i);
        int s = 0;
        while (!dq.isEmpty()) { s = s * 3 + dq.pollFirst(); if (!dq.isEmpty()) s -= dq.pollLast(); }
        System.out.println(s);
        l.clear();
        System.out.println(l + " " + l.isEmpty() + " " + l.size());
    }
}
