// Stack traces through callees the compiler inlines (in loops, where it inlines more): every frame
// of getStackTrace (class, method, file and line) through one, two and three levels of inlining,
// with explicit and implicit exceptions, causes, a trace taken without throwing, and an uncaught
// exception at the end.
public class InlinedStackTraces {
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    static final class Node {
        private final int[] values;

        Node(int size) {
            values = new int[size];
        }

        int value(int i) {
            return values[i];
        }

        int checkedValue(int i) {
            if (i > 100) {
                throw new Failure("too far: " + i);
            }
            return value(i);
        }
    }

    static int inner(int x) {
        if (x > 2) {
            throw new Failure("inner " + x);
        }
        return x + 1;
    }

    static int middle(int x) {
        return inner(x) * 2;
    }

    static int outer(int x) {
        return middle(x) + 3;
    }

    static Throwable here() {
        return new Throwable("here");
    }

    static Throwable twoLevels() {
        return here();
    }

    static void print(Throwable t) {
        System.out.println(t);
        for (StackTraceElement e : t.getStackTrace()) {
            System.out.println("  " + e.getClassName() + " | " + e.getMethodName() + " | " + e.getFileName() + " | "
                    + e.getLineNumber() + " | " + e);
        }
    }

    static void wrap(int x) {
        try {
            for (int i = 0; i < 10; i++) {
                outer(x + i);
            }
        } catch (Failure f) {
            throw new IllegalStateException("wrapped", f);
        }
    }

    public static void main(String[] args) {
        System.out.println(outer(1));
        for (int i = 2; i < 5; i++) {
            try {
                System.out.println(outer(i));
            } catch (Failure f) {
                print(f);
            }
        }
        Node node = new Node(3);
        for (int i : new int[] {2, 4, 400}) {
            try {
                System.out.println(node.checkedValue(i));
            } catch (ArrayIndexOutOfBoundsException | Failure e) {
                print(e);
            }
        }
        print(twoLevels());
        try {
            wrap(7);
        } catch (IllegalStateException e) {
            print(e);
            print(e.getCause());
            e.printStackTrace();
        }
        int total = 0;
        for (int i = 0; i < 3; i++) {
            total += node.value(i) + outer(i);
        }
        System.out.println("total " + total);
        for (int i = 0; i < 10; i++) {
            System.out.println(outer(i + args.length));
        }
    }
}
