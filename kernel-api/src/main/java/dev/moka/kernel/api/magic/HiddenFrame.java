package dev.moka.kernel.api.magic;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that runs on behalf of the frame below it and so does not appear in stack traces,
 * such as the arch pack's routine that raises a Java exception for a CPU fault: the trace then
 * starts at the faulting method and line, as the JVM's does for an implicit exception. The native
 * compiler flags the method in the image's method table; the JVM ignores the annotation.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface HiddenFrame {
}
