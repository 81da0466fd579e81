package dev.wsladvisor.ask;

/** What the person said at one prompt, once it is something the interview can act on. */
sealed interface Reply {
    /** An answer; {@code value} null for "don't know". */
    record Answer(Object value) implements Reply {}

    record Back() implements Reply {}

    record Stop(Interview.Ending ending) implements Reply {}

    /** {@code name=value} for another question than the one asked. */
    record Other(Question question, Object value) implements Reply {}
}
