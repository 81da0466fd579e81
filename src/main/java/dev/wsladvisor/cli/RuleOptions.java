package dev.wsladvisor.cli;

import dev.wsladvisor.rules.RuleBase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --rules DIR}, shared by every command that runs the rules. */
public final class RuleOptions {

    @Option(
            names = "--rules",
            paramLabel = "DIR",
            description =
                    "Also load every .drl file below DIR, beside the built-in rules (repeatable). "
                            + "See docs/writing-rules.md.")
    private List<Path> dirs = new ArrayList<>();

    @Option(
            names = "--rule-time-limit",
            paramLabel = "TIME",
            defaultValue = "5s",
            converter = TimeLimit.class,
            description =
                    "How long the --rules rules may take on one host's facts before the rule running is stopped"
                            + " and named, exit code 2 (default: ${DEFAULT-VALUE}; 500ms, 10s, 1m). The built-in rules take well under a millisecond.")
    private Duration timeLimit;

    public List<Path> dirs() {
        return dirs;
    }

    public RuleBase load() {
        return RuleBase.load(dirs).limitRuleTime(timeLimit);
    }

    /**
     * For one evaluation of host facts: with {@code wslconfigGiven} false the rules that check a
     * .wslconfig's lines are left out, as they could not fire (StartupWarmup preloads the same
     * set).
     */
    public RuleBase load(boolean wslconfigGiven) {
        return RuleBase.load(dirs, wslconfigGiven).limitRuleTime(timeLimit);
    }

    /** "500ms", "5s", "2m" or a number of seconds; more than none and at most an hour. */
    static final class TimeLimit implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Matcher m =
                    Pattern.compile("(\\d{1,7})\\s*(ms|s|m)?")
                            .matcher(value.trim().toLowerCase(Locale.ROOT));
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                String unit = m.group(2) == null ? "s" : m.group(2);
                Duration d =
                        "ms".equals(unit)
                                ? Duration.ofMillis(n)
                                : "m".equals(unit) ? Duration.ofMinutes(n) : Duration.ofSeconds(n);
                if (!d.isZero() && d.compareTo(Duration.ofHours(1)) <= 0) {
                    return d;
                }
            }
            throw new CommandLine.TypeConversionException(
                    "'"
                            + value
                            + "' is not a time limit from 1ms to 1 hour: write for"
                            + " example 500ms, 5s or 1m.");
        }
    }
}
