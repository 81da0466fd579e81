package dev.wsladvisor.ask;

import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.facts.FactsReader;
import dev.wsladvisor.rules.RuleBase;
import dev.wsladvisor.rules.RuleSources;
import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The fixed rule set of src/test/resources/ask/rules and facts documents written inline. */
public final class Fixture {

    private Fixture() {
    }

    /** The folder of the fixture rules, for {@code --rules}. */
    public static Path rulesDir() {
        try {
            return Path.of(Fixture.class.getResource("/ask/rules").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fixture rules alone, without the built-in knowledge base, so the questions asked stay fixed. */
    public static RuleBase rules() {
        return RuleBase.compile(RuleSources.fromDirectory(rulesDir()));
    }

    /** A facts document from JSON text; single quotes stand for double quotes. */
    public static FactsDocument facts(String json) {
        String text = json.replace('\'', '"');
        return new FactsReader(false).read("-", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
