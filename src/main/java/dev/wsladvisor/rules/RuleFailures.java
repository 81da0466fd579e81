package dev.wsladvisor.rules;

import dev.wsladvisor.errors.UserInputException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Words what went wrong when a rule of the person's (--rules) ran: too slow, recursing or filling
 * memory without end, a condition or consequence that threw. Each becomes one message naming the
 * rule and its file, the author's error (exit code 2), instead of a hang or a trace; a built-in
 * rule's failure stays the bug it is.
 */
final class RuleFailures {

    private final Map<String, String> userFiles;

    /** The time budget and the rule firing now; null without the person's rules. */
    private final RuleWatch watch;

    RuleFailures(Map<String, String> userFiles, RuleWatch watch) {
        this.userFiles = userFiles;
        this.watch = watch;
    }

    /**
     * Runs {@code work} under the watch: a runaway rule of the person's (too slow, endless
     * recursion, memory without end, a loop in its own code) becomes one message naming the rule
     * and file, and stops the run, instead of a hang or a trace. The watch throws here what the
     * work threw on its worker thread.
     */
    <T> T guarded(Supplier<T> work) {
        try {
            T result = work.get();
            if (watch.tripped()) {
                throw tooSlow();
            }
            return result;
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw runaway(e, watch.firing());
        } catch (RuntimeException | Error e) {
            if (watch.tripped()) {
                throw tooSlow();
            }
            UserInputException condition =
                    e instanceof UserInputException ? null : failedCondition(e);
            if (condition != null) {
                throw condition;
            }
            throw e;
        }
    }

    private static final Pattern CONDITION =
            Pattern.compile("Error evaluating constraint '(.*?)' in \\[Rule \"(.*?)\" in (.*?)]");

    /**
     * A condition of one of the person's rules that threw while facts were matched (Drools names
     * the rule and file in its message), as the author's error: usually a field that is unknown
     * (null) on this host.
     */
    private UserInputException failedCondition(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            Matcher m = c.getMessage() == null ? null : CONDITION.matcher(c.getMessage());
            String file = m != null && m.find() ? userFiles.get(m.group(3)) : null;
            if (file != null) {
                Throwable root = c;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                return new UserInputException(
                        file
                                + ": rule \""
                                + m.group(2)
                                + "\" failed while matching its conditions: '"
                                + m.group(1)
                                + "' threw "
                                + root.getClass().getSimpleName()
                                + ". The rule is one of yours (--rules): an"
                                + " unknown fact is null, so match only facts that are known (edition != null, or the null-safe helpers);"
                                + " see docs/writing-rules.md.",
                        e);
            }
        }
        return null;
    }

    private RuleRunawayException tooSlow() {
        return new RuleRunawayException(
                watch.culprit()
                        + " did not finish within "
                        + seconds(watch.limit())
                        + " (--rule-time-limit) and was stopped: it loops, re-fires itself or waits. A rule that changes the facts it"
                        + " matches fires again (add no-loop, or match only what the change makes false); see docs/writing-rules.md.");
    }

    private RuleRunawayException runaway(Throwable e, Rule rule) {
        String who = rule == null ? watch.culprit() : describe(rule);
        return new RuleRunawayException(
                who
                        + (e instanceof StackOverflowError
                                ? " recursed without end (StackOverflowError): a function or method that calls itself needs a case that stops."
                                : " ran out of memory (OutOfMemoryError): it keeps adding to a list or inserting facts.")
                        + " The rule is one of yours (--rules); see docs/writing-rules.md.");
    }

    private String describe(Rule rule) {
        String file = userFile(rule);
        return (file == null ? "" : file + ": ") + "rule \"" + rule.getName() + "\"";
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /**
     * What to throw for a consequence that failed while the rules fired: the person's own error as
     * it is, a runaway or a failure of one of their rules worded, anything else unchanged.
     */
    RuntimeException failed(ConsequenceException e) {
        Throwable cause = e.getCause();
        while (cause != null) {
            if (cause instanceof UserInputException) {
                return (UserInputException) cause;
            }
            cause = cause.getCause();
        }
        Rule failing = e.getMatch() == null ? null : e.getMatch().getRule();
        String file = userFile(failing);
        if (watch != null && watch.tripped()) {
            return tooSlow();
        }
        for (Throwable c = e.getCause(); c != null && watch != null; c = c.getCause()) {
            if (c instanceof StackOverflowError || c instanceof OutOfMemoryError) {
                return runaway(c, failing);
            }
        }
        if (file != null) {
            return new UserInputException(
                    file
                            + ": rule \""
                            + e.getMatch().getRule().getName()
                            + "\" failed: "
                            + e.getCause()
                            + ". The rule is one of yours (--rules): fix it, for example by matching only facts"
                            + " that are known (not null); see docs/writing-rules.md.",
                    e);
        }
        return e;
    }

    private String userFile(Rule rule) {
        String path = rule == null ? null : RuleCatalogueReader.sourcePath(rule);
        return path == null ? null : userFiles.get(path);
    }
}
