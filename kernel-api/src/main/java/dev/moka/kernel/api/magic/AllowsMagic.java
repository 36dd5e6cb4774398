package dev.moka.kernel.api.magic;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a package (in its {@code package-info.java}) whose classes may call {@link Magic}. The native
 * compiler refuses magic calls from any other package and names the offending method.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface AllowsMagic {
}
