package java.lang;

/** A piece of work without arguments or result. */
public interface Runnable {
    /** Does the work. */
    void run();
}
