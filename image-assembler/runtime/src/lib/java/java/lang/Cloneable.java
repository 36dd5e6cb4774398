package java.lang;

/** Marks classes whose instances may be cloned; every array type implements it. */
public interface Cloneable {
}
