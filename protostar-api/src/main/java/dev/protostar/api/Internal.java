package dev.protostar.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public type that is public only so that another Protostar module can call it: hosts must
 * not use it. It may change or disappear in any release, without a deprecation or a "Migrating" note.
 *
 * <p>The supported API is the package {@code dev.protostar.api} (apart from this marker's bearers)
 * and the facade package {@code dev.protostar} ({@code Protostar} and its builders). On the module
 * path the JVM enforces most of this: {@code dev.protostar.core} exports its packages only to
 * {@code dev.protostar.modules}. On the class path only this marker says it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Internal {}
