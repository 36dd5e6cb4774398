// Helpful NullPointerException messages raised inside callees the compiler inlines, and on the
// receivers of inlined calls: each names what the callee's bytecode (or the call) found null.
public class InlinedNullPointerMessages {
    static final class Box {
        Box next;
        int[] cells;
        String label;

        int firstCell() {
            return cells[0];
        }

        int nextCells() {
            return next.cells.length;
        }

        int labelLength() {
            return label.length();
        }

        Box self() {
            return this;
        }

        Box following() {
            return next;
        }
    }

    static int cellOf(Box b, int i) {
        return b.cells[i];
    }

    static void store(int[] array, int i) {
        array[i] = 7;
    }

    static int length(String s) {
        return s.length();
    }

    static int twoLevels(Box b) {
        return cellOf(b, 0) + 1;
    }

    static void report(Runnable r) {
        try {
            r.run();
            System.out.println("no exception");
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
            StackTraceElement top = e.getStackTrace()[0];
            System.out.println("  at " + top.getMethodName() + ":" + top.getLineNumber());
        }
    }

    static int sink;

    public static void main(String[] args) {
        Box empty = new Box();
        Box none = args.length > 5 ? empty : null;
        report(() -> sink = empty.firstCell());
        report(() -> sink = empty.nextCells());
        report(() -> sink = empty.labelLength());
        report(() -> sink = cellOf(none, 0));
        report(() -> sink = cellOf(empty, 0));
        report(() -> store(null, 1));
        report(() -> sink = length(null));
        report(() -> sink = twoLevels(empty));
        report(() -> sink = none.firstCell());
        report(() -> sink = empty.following().firstCell());
        report(() -> sink = empty.self().following().labelLength());
        empty.cells = new int[] {5};
        report(() -> sink = twoLevels(empty));
        System.out.println(sink);
    }
}
