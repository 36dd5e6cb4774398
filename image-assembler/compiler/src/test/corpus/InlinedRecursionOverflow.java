// A StackOverflowError through mutual recursion where one method is inlined into the other: the
// error is caught, and its trace (1024 frames, as HotSpot keeps) alternates the two methods, each
// at the line of its call, the inlined one included.
public class InlinedRecursionOverflow {
    static int calls;

    static int up(int n) { calls++; return down(n + 1) + 1; }

    static int down(int n) { return up(n + 1); }

    static void check(StackOverflowError e, String a, String b) {
        StackTraceElement[] trace = e.getStackTrace();
        boolean alternates = true;
        boolean knownLines = true;
        for (int i = 0; i < trace.length; i++) {
            String name = trace[i].getMethodName();
            if (!name.equals(a) && !name.equals(b)) {
                alternates = false;
            }
            if (i > 0 && name.equals(trace[i - 1].getMethodName())) {
                alternates = false;
            }
            if (trace[i].getLineNumber() <= 0 || !trace[i].getFileName().equals("InlinedRecursionOverflow.java")) {
                knownLines = false;
            }
        }
        System.out.println("frames " + trace.length + " alternating " + alternates + " lines " + knownLines);
    }

    public static void main(String[] args) {
        try {
            up(0);
        } catch (StackOverflowError e) {
            System.out.println("caught after many calls: " + (calls > 1000));
            check(e, "up", "down");
        }
        calls = 0;
        try {
            up(0);
        } catch (StackOverflowError e) {
            System.out.println("and again: " + (calls > 1000));
        }
    }
}
