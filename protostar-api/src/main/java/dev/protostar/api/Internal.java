package dev.protostar.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a package, or a public type, that is public only so that another Protostar module can use
 * it: hosts must not. It may change or disappear in any release, without a deprecation or a
 * "Migrating" note. Every package of {@code protostar-core} carries it, and so do the packages of
 * {@code protostar-modules} other than the facade {@code dev.protostar}.
 *
 * <p>The supported API is the package {@code dev.protostar.api} and the facade package
 * {@code dev.protostar} ({@code Protostar} and its builders), plus the option types the facade's
 * methods take. On the module path the JVM enforces most of this: {@code dev.protostar.core}
 * exports its packages only to {@code dev.protostar.modules}, which exports only the facade and the
 * packages of those option types. On the class path only this marker says it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface Internal {}
