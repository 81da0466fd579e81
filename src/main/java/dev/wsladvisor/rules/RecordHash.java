package dev.wsladvisor.rules;

import java.util.Objects;

/**
 * A record's hash code, folded as the JDK's generated one folds it ({@code 31 * h + hash(c)} from
 * 0), for outputs that rules insert logically. Truth maintenance hashes each of them, and a
 * record's generated {@code hashCode} is linked through {@code invokedynamic} on its first call,
 * which costs a cold run about 5 ms per record class; written out, the hash stays the same number,
 * so nothing that iterates a hashed collection of them changes order. Their equality stays the
 * record's own: truth maintenance compares two outputs only when their hashes agree, which is rare.
 */
public final class RecordHash {

    private RecordHash() {}

    public static int of(Object... components) {
        int h = 0;
        for (Object c : components) {
            h = 31 * h + Objects.hashCode(c);
        }
        return h;
    }
}
