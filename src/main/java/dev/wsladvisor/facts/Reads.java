package dev.wsladvisor.facts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The fields of the facts document a helper or a derived property reads, in the order an
 * explanation quotes them: a field of the fact's own part of the document ({@code "build"} on
 * {@code HostOs} is {@code host.os.build}), or a full path for one read from elsewhere ({@code
 * "host.wsl.installed"}). A rule's explanation quotes the facts its conditions read
 * (rules.MatchedFacts): where a condition calls a method, this is how it knows what the method
 * read.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Reads {
    String[] value();
}
