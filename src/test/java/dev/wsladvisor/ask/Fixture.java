package dev.wsladvisor.ask;

import dev.wsladvisor.rules.RuleBase;
import dev.wsladvisor.rules.RuleSources;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The fixed rule set of src/test/resources/ask/rules, so the questions asked stay fixed, and the
 * catalogue of questions.
 */
public final class Fixture {

    private Fixture() {}

    /** The folder of the fixture rules, for {@code --rules}. */
    public static Path rulesDir() {
        try {
            return Path.of(Fixture.class.getResource("/ask/rules").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The fixture rules alone, without the built-in knowledge base, so the questions asked stay
     * fixed.
     */
    public static RuleBase rules() {
        return RuleBase.compile(RuleSources.fromDirectory(rulesDir()));
    }

    /**
     * How many questions the catalogue holds: tests derive counts from it, so adding an answer
     * breaks none.
     */
    public static int catalogueSize() {
        return QuestionCatalog.answers().questions().size();
    }

    /**
     * A facts document (as JSON, single quotes for double) answering every question of the
     * catalogue: Docker yes, the project in Linux, no to the rest, and no errors seen.
     */
    public static String everyAnswer() {
        StringBuilder json = new StringBuilder("{'answers':{");
        for (Question q : QuestionCatalog.answers().questions()) {
            Object value =
                    q.name().equals("docker")
                            ? Boolean.TRUE
                            : q.values().contains(false) ? Boolean.FALSE : q.values().get(0);
            json.append('\'')
                    .append(q.name())
                    .append("':")
                    .append(value instanceof String ? "'" + value + "'" : value)
                    .append(',');
        }
        return json.append("'errors':[]}}").toString();
    }
}
