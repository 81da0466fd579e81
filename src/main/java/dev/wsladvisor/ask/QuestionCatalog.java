package dev.wsladvisor.ask;

import dev.wsladvisor.facts.FactsSchema;
import dev.wsladvisor.facts.FieldSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The questions the questionnaire may ask, built from the {@code answers} fields of {@link
 * FactsSchema}: a field's description is the question, its help is what {@code ?} adds, its type
 * gives the answers (yes/no for a boolean, the values of an enumeration). Adding a question is
 * adding an {@code answers} field there; the order there is the order among equally decisive
 * questions. Free-text fields (the error messages) are not asked: they cannot be offered as a
 * choice.
 *
 * @param notAskable fields of {@code answers} that take free text and are never asked: give them in
 *     the facts document
 */
public record QuestionCatalog(List<Question> questions, List<String> notAskable) {

    public QuestionCatalog {
        questions = List.copyOf(questions);
        notAskable = List.copyOf(notAskable);
    }

    /** Every {@code answers.*} field of the contract that has a fixed set of answers. */
    public static QuestionCatalog answers() {
        List<Question> out = new ArrayList<>();
        List<String> free = new ArrayList<>();
        for (FieldSpec field : FactsSchema.at("answers").children().values()) {
            Question q = question(field);
            if (q == null) {
                free.add(field.path());
            } else {
                out.add(q);
            }
        }
        return new QuestionCatalog(out, free);
    }

    /** For tests and rule authors: a catalogue of exactly these questions. */
    public static QuestionCatalog of(List<Question> questions) {
        return new QuestionCatalog(questions, List.of());
    }

    static Question question(FieldSpec field) {
        switch (field.kind()) {
            case BOOLEAN:
                return new Question(
                        field.path(),
                        field.description(),
                        field.help(),
                        List.of(
                                new Question.Choice("yes", true, List.of("y", "true")),
                                new Question.Choice("no", false, List.of("n", "false"))));
            case ENUM:
                List<Question.Choice> choices = new ArrayList<>();
                for (String v : field.values()) {
                    choices.add(new Question.Choice(v, v, List.of()));
                }
                return new Question(field.path(), field.description(), field.help(), choices);
            default:
                return null;
        }
    }

    public Question byPath(String path) {
        return questions.stream().filter(q -> q.path().equals(path)).findFirst().orElse(null);
    }
}
