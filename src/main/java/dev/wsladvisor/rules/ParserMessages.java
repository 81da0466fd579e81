package dev.wsladvisor.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule parser's syntax errors in a rule author's words: what it found and what to look for
 * around it.
 */
final class ParserMessages {

    private static final Pattern MISMATCHED =
            Pattern.compile(
                    "mismatched input '(.*?)'(?: expecting (.*?))?(?: in rule \"?(.*?)\"?)?$",
                    Pattern.DOTALL);

    private ParserMessages() {}

    /** The parser's message (after its line and column) as a rule author would say it. */
    static String plain(String text) {
        Matcher m = MISMATCHED.matcher(text);
        if (m.matches()) {
            String found = m.group(1);
            String in = m.group(3) == null ? "" : " in rule \"" + m.group(3) + "\"";
            if ("then".equals(found) || "end".equals(found)) {
                return "unexpected '"
                        + found
                        + "'"
                        + in
                        + ": something before it is not closed; look for a missing ')'"
                        + " or a missing comma in the line above.";
            }
            return "unexpected '"
                    + found
                    + "'"
                    + in
                    + (m.group(2) == null ? "" : " where " + m.group(2) + " should be")
                    + "; check the brackets, quotes and commas around it.";
        }
        if (text.startsWith("no viable alternative at input")) {
            return text.replace(
                            "no viable alternative at input", "cannot read the text starting at")
                    + "; check the brackets, quotes and commas around it.";
        }
        return text;
    }
}
