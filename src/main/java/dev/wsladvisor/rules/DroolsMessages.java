package dev.wsladvisor.rules;

import dev.wsladvisor.text.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drools' compiler messages in a rule author's words, placed at the offending text: an unknown
 * field names the fact's fields and the likely one, an unknown fact type or output helper says what
 * to import or which name was meant, a syntax error says what to look for. The compiler's own text
 * stays in {@link RuleProblem#raw()}.
 */
final class DroolsMessages {

    private static final Pattern PARSER =
            Pattern.compile("^\\[ERR \\d+\\] Line (\\d+):(\\d+) (.*)$", Pattern.DOTALL);
    private static final Pattern NO_FIELD =
            Pattern.compile(
                    "unable to resolve method using strict-mode: (?:[\\w.]+\\.)?(\\w+)\\.(\\w+)\\(\\)");
    private static final Pattern NO_TYPE =
            Pattern.compile("Unable to resolve ObjectType '([\\w.]+)'");
    private static final Pattern NO_METHOD =
            Pattern.compile("The method (\\w+)\\(([^)]*)\\) is undefined for the type (\\w+)");
    private static final Pattern NO_VARIABLE =
            Pattern.compile("(\\$?\\w+) cannot be resolved(?: to a variable)?");
    private static final List<String> VOCABULARY =
            List.of("reason", "blocker", "warning", "nextStep");
    private static final Pattern NO_IMPORT = Pattern.compile("Error importing : '([\\w.]+)'");

    private DroolsMessages() {}

    /**
     * One compiler message about {@code file}; {@code line} is the compiler's line (0 when it gave
     * none).
     */
    static RuleProblem translate(RuleSource file, int line, String message) {
        String raw = message.trim();
        DrlText text = new DrlText(file.text());
        Matcher parser = PARSER.matcher(raw);
        if (parser.matches()) {
            int at = Integer.parseInt(parser.group(1));
            int column = Integer.parseInt(parser.group(2)) + 1;
            return RuleProblem.error(
                    file, at, column, 1, ParserMessages.plain(parser.group(3).trim()), raw);
        }
        Matcher m = NO_FIELD.matcher(raw);
        if (m.find()) {
            String type = m.group(1);
            String field = m.group(2);
            DrlText.Place place = near(text, field, line);
            FactModel.Type fact = FactModel.type(type);
            String message1;
            if (fact == null) {
                message1 = type + " has no field '" + field + "'.";
            } else {
                List<String> names = fact.fieldNames();
                Optional<String> likely = Suggestions.closest(field, names);
                message1 =
                        type
                                + " has no field '"
                                + field
                                + "'"
                                + likely.map(s -> "; did you mean '" + s + "'?").orElse(".")
                                + " The fields are: "
                                + String.join(", ", names)
                                + "."
                                + (fact.helpers().isEmpty()
                                        ? ""
                                        : " Its helpers: "
                                                + String.join(", ", fact.helpers())
                                                + ".");
            }
            return at(file, place, line, field.length(), message1, raw);
        }
        m = NO_IMPORT.matcher(raw);
        if (m.find()) {
            String name = m.group(1);
            return at(
                    file,
                    text.word(name, 1, 0),
                    line,
                    name.length(),
                    "there is nothing to import as "
                            + name
                            + MovedNames.movedTo(name)
                                    .map(n -> "; it is " + n + " now: import that instead.")
                                    .orElse(
                                            ": check the name (docs/writing-rules.md lists what a rule imports)."),
                    raw);
        }
        m = NO_TYPE.matcher(raw);
        if (m.find()) {
            String type = m.group(1);
            DrlText.Place place = near(text, type, line);
            FactModel.Type fact = FactModel.type(type);
            Optional<String> moved =
                    fact != null
                            ? Optional.empty()
                            : MovedNames.importedFrom(text, type).flatMap(MovedNames::movedTo);
            String plain =
                    moved.isPresent()
                            ? "the file imports "
                                    + type
                                    + " from where it no longer is: write 'import "
                                    + moved.get()
                                    + ";'."
                            : fact != null
                                    ? "the fact type "
                                            + type
                                            + " is not imported: add 'import "
                                            + fact.type().getName()
                                            + ";' (or 'import "
                                            + fact.type().getPackageName()
                                            + ".*;') at the top of the file."
                                    : "there is no fact type '"
                                            + type
                                            + "'"
                                            + Suggestions.closest(type, FactModel.typeNames())
                                                    .map(s -> "; did you mean " + s + "?")
                                                    .orElse(".")
                                            + " The fact types are: "
                                            + String.join(", ", FactModel.typeNames())
                                            + " (docs/writing-rules.md).";
            return at(file, place, line, type.length(), plain, raw);
        }
        m = NO_METHOD.matcher(raw);
        if (m.find()) {
            String method = m.group(1);
            DrlText.Place place = near(text, method, line);
            String plain;
            if (VOCABULARY.contains(method)) {
                plain =
                        method
                                + "(...) is not imported: add 'import static dev.wsladvisor.rules.Dsl.*;' at the top of the file.";
            } else {
                List<String> names = new ArrayList<>(VOCABULARY);
                names.add("insert");
                names.add("insertLogical");
                plain =
                        "'"
                                + method
                                + "("
                                + m.group(2)
                                + ")' is not something a rule can call here"
                                + Suggestions.closest(method, names)
                                        .map(s -> "; did you mean " + s + "?")
                                        .orElse(".")
                                + " A rule says what it found with insertLogical( reason(kcontext) ), blocker(kcontext),"
                                + " warning(kcontext) or nextStep(kcontext, \"command\").";
            }
            return at(file, place, line, method.length(), plain, raw);
        }
        m = NO_VARIABLE.matcher(raw);
        if (m.find() && !raw.contains("strict-mode")) {
            String name = m.group(1);
            DrlText.Place place = near(text, name, line);
            return at(
                    file,
                    place,
                    line,
                    name.length(),
                    "'"
                            + name
                            + "' is not known here: a variable must be bound in the"
                            + " when part ($os: HostOs()), and kcontext is spelt so.",
                    raw);
        }
        String plain =
                raw.replaceAll("\\s+", " ")
                        .replaceAll(" ?\\[Near : \\{.*?}] ?", " ")
                        .replaceAll("\\[Line: \\d+, Column: \\d+]", "")
                        .replaceAll("\\s*\\^\\s*", " ")
                        .replaceAll("Rule_\\w+", "the rule")
                        .trim();
        return RuleProblem.error(
                file, line, line > 0 ? firstText(text.line(line)) : 0, 1, plain, raw);
    }

    /**
     * Where {@code word} stands at or after the compiler's line (it often names the rule's first
     * line), or nowhere.
     */
    private static DrlText.Place near(DrlText text, String word, int line) {
        DrlText.Place place = text.word(word, Math.max(1, line), 0);
        return place != null ? place : text.word(word, 1, 0);
    }

    private static RuleProblem at(
            RuleSource file,
            DrlText.Place place,
            int line,
            int length,
            String message,
            String raw) {
        return place == null
                ? RuleProblem.error(file, line, 0, 1, message, raw)
                : RuleProblem.error(file, place.line(), place.column(), length, message, raw);
    }

    private static int firstText(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!Character.isWhitespace(line.charAt(i))) {
                return i + 1;
            }
        }
        return 1;
    }
}
