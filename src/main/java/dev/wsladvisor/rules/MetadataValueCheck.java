package dev.wsladvisor.rules;

import dev.wsladvisor.facts.FactsSchema;
import dev.wsladvisor.text.Suggestions;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The check of one metadata value in a rule file: a value {@link Dsl} can use ({@code
 * @favors("wsl3")} and {@code @weight(lots)} would fail only when the rule fires), {@code @facts}
 * naming facts the contract has, plain ids and web addresses, and a name wsl-advisor does not read.
 */
final class MetadataValueCheck {

    /** Every metadata name the output vocabulary reads; another name is probably a typo. */
    static final List<String> KNOWN_METADATA =
            List.of(
                    "id",
                    "explanation",
                    "source",
                    "facts",
                    "favors",
                    "strength",
                    "weight",
                    "workaround",
                    "workaroundElsewhere",
                    "blocks",
                    "fix",
                    "action",
                    "permanent",
                    "order",
                    "concerns",
                    "step",
                    "severity",
                    "setting");

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+([-.][a-z0-9]+)*");

    private final RuleSource file;
    private final DrlText text;
    private final List<RuleProblem> problems;

    MetadataValueCheck(RuleSource file, DrlText text, List<RuleProblem> problems) {
        this.file = file;
        this.text = text;
        this.problems = problems;
    }

    /**
     * The value of {@code @key} in rule {@code rule}, written between lines {@code from} and {@code
     * to}.
     */
    void check(String rule, String key, String value, int from, int to) {
        DrlText.Place at = text.find("@" + Pattern.quote(key) + "\\s*\\(\\s*(\\S)", from, to);
        int line = at == null ? from : at.line();
        int column = at == null ? 1 : at.column();
        int length =
                Math.max(
                        1,
                        value.length()
                                + (text.line(line).length() > column
                                                && text.line(line).charAt(column - 1) == '"'
                                        ? 2
                                        : 0));
        String v = value.trim();
        String problem = null;
        switch (key) {
            case "favors":
            case "concerns":
                if (!List.of("WSL1", "WSL2").contains(v.toUpperCase(Locale.ROOT))) {
                    problem =
                            "@"
                                    + key
                                    + "(\""
                                    + value
                                    + "\") names no WSL version; write @"
                                    + key
                                    + "(\"WSL1\") or @"
                                    + key
                                    + "(\"WSL2\").";
                }
                break;
            case "blocks":
                if (!List.of("WSL1", "WSL2", "BOTH").contains(v.toUpperCase(Locale.ROOT))) {
                    problem =
                            "@blocks(\""
                                    + value
                                    + "\") names no WSL version; write @blocks(\"WSL1\"), @blocks(\"WSL2\") or @blocks(\"both\").";
                }
                break;
            case "weight":
            case "step":
            case "order":
                if (!v.matches("-?\\d{1,9}")) {
                    problem =
                            "@"
                                    + key
                                    + "("
                                    + value
                                    + ") is not a whole number; write for example @"
                                    + key
                                    + "("
                                    + ("weight".equals(key)
                                            ? "50"
                                            : "step".equals(key) ? "40" : "20")
                                    + ")"
                                    + ("weight".equals(key)
                                            ? " (100 or more is a hard need)."
                                            : ".");
                } else if ("weight".equals(key) && Integer.parseInt(v) < 0) {
                    problem =
                            "@weight("
                                    + value
                                    + ") is negative; a reason's weight says how strongly it favors @favors, from 1 to 100 (a hard need).";
                }
                break;
            case "strength":
                if (Strength.parse(v) == null) {
                    problem =
                            "@strength(\""
                                    + value
                                    + "\") is not a strength; write @strength(\"need\") (only this version can do it),"
                                    + " \"exception\" (one of Microsoft's exceptions), \"preference\" (a friction with a workaround) or \"note\".";
                }
                break;
            case "permanent":
                if (!List.of("true", "false").contains(v.toLowerCase(Locale.ROOT))) {
                    problem = "@permanent(" + value + ") must be true or false.";
                }
                break;
            case "severity":
                if (!List.of("error", "warning", "info").contains(v)) {
                    problem =
                            "@severity(\""
                                    + value
                                    + "\") is not a severity; write \"error\", \"warning\" or \"info\".";
                }
                break;
            case "facts":
                checkFacts(value, line, column);
                break;
            case "id":
                if (!v.isEmpty() && !KEBAB.matcher(v).matches()) {
                    problems.add(
                            RuleProblem.warning(
                                    file,
                                    line,
                                    column,
                                    length,
                                    "@id(\""
                                            + value
                                            + "\") is not kebab-case"
                                            + " (lower-case words and numbers joined by '-', like docker-needs-wsl2 or needs-wsl-2.1.5); ids are what scenarios and"
                                            + " scripts refer to, so keep them plain and stable."));
                }
                break;
            case "source":
                if (!v.isEmpty() && !v.matches("https?://\\S+")) {
                    problems.add(
                            RuleProblem.warning(
                                    file,
                                    line,
                                    column,
                                    length,
                                    "@source(\""
                                            + value
                                            + "\") is not a web address;"
                                            + " give the public page the rule rests on, https://..."));
                }
                break;
            default:
                if (!KNOWN_METADATA.contains(key)) {
                    problems.add(
                            RuleProblem.warning(
                                    file,
                                    line,
                                    Math.max(1, column - key.length() - 2),
                                    key.length() + 1,
                                    "@"
                                            + key
                                            + " is not metadata wsl-advisor reads"
                                            + Suggestions.closest(key, KNOWN_METADATA)
                                                    .map(s -> "; did you mean @" + s + "?")
                                                    .orElse(".")
                                            + " The names are: "
                                            + String.join(", ", KNOWN_METADATA)
                                            + "."));
                }
        }
        if (problem != null) {
            problems.add(
                    RuleProblem.error(
                            file, line, column, length, "rule \"" + rule + "\": " + problem, null));
        }
    }

    private void checkFacts(String value, int line, int column) {
        List<String> known = FactsSchema.allPaths();
        for (String path : value.split(",")) {
            String p = path.trim();
            if (!p.isEmpty() && !known.contains(p)) {
                int offset = Math.max(0, text.line(line).indexOf(p, column - 1));
                problems.add(
                        RuleProblem.error(
                                file,
                                line,
                                offset + 1,
                                p.length(),
                                "@facts names '"
                                        + p
                                        + "', which is not a fact of the facts document"
                                        + Suggestions.closest(p, known)
                                                .map(s -> "; did you mean '" + s + "'?")
                                                .orElse(".")
                                        + " @facts lists contract paths such as answers.docker or host.os.build (docs/facts-format.md).",
                                null));
            }
        }
    }
}
