package dev.wsladvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.advice.Advisor;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.facts.FactsReader;
import dev.wsladvisor.facts.FactsSchema;
import dev.wsladvisor.support.RuleFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every built-in rule explains itself: id, explanation, source, and the metadata its output needs.
 */
class RuleMetadataTest {

    private static final Pattern ID = Pattern.compile("@id\\(\"([^\"]+)\"\\)");

    @Test
    void everyRuleInRulesFolderIsInTheKnowledgeBase() throws Exception {
        List<String> idsInFiles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Matcher m = ID.matcher(Files.readString(f));
                while (m.find()) {
                    idsInFiles.add(m.group(1));
                }
            }
        }
        assertThat(idsInFiles).hasSizeGreaterThan(40);
        assertThat(RuleFixture.rules().rules())
                .extracting(RuleInfo::id)
                .containsExactlyInAnyOrderElementsOf(idsInFiles);
    }

    @Test
    void everyRuleHasAnExplanationSentenceAndAPublicSource() {
        for (RuleInfo rule : RuleFixture.rules().rules()) {
            assertThat(rule.meta("explanation")).as(rule.id()).endsWith(".").hasSizeGreaterThan(20);
            assertThat(rule.meta("source")).as(rule.id()).startsWith("https://");
            assertThat(rule.id()).matches("[a-z0-9.]+(-[a-z0-9.]+)*");
        }
    }

    @Test
    void reasonsNameTheirSideAndStrength() throws Exception {
        for (RuleInfo rule : RuleFixture.rules().rules()) {
            if (rule.meta("favors") != null) {
                assertThat(rule.meta("favors")).as(rule.id()).isIn("WSL1", "WSL2");
                assertThat(rule.meta("strength"))
                        .as(rule.id())
                        .isIn("need", "exception", "preference", "note");
            }
            if (rule.meta("blocks") != null) {
                assertThat(rule.meta("blocks")).as(rule.id()).isIn("WSL1", "WSL2", "both");
                assertThat(rule.meta("fix")).as(rule.id()).isNotBlank();
            }
        }
    }

    @Test
    void hardNeedsSayWhatToDoWhenTheOtherVersionIsChosen() {
        for (RuleInfo rule : RuleFixture.rules().rules()) {
            if ("need".equals(rule.meta("strength")) || "exception".equals(rule.meta("strength"))) {
                assertThat(rule.meta("workaround")).as(rule.id()).isNotBlank();
            }
        }
    }

    @Test
    void factsNamedByRulesExistInTheContract() {
        for (RuleInfo rule : RuleFixture.rules().rules()) {
            String facts = rule.meta("facts");
            if (facts == null) {
                continue;
            }
            for (String path : facts.split(",")) {
                assertThat(FactsSchema.at(path.trim()))
                        .as(rule.id() + " names " + path)
                        .isNotNull();
            }
        }
    }

    @Test
    void rulesThatVoteOrBlockSayWhichFactsTheyUsed() {
        for (RuleInfo rule : RuleFixture.rules().rules()) {
            boolean votes = rule.meta("favors") != null && !"wsl2-is-the-default".equals(rule.id());
            if (votes || rule.meta("blocks") != null) {
                assertThat(rule.facts()).as(rule.id()).isNotEmpty();
            }
        }
    }

    @Test
    void rulesUseNoFlowControl() throws Exception {
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                assertThat(Files.readString(f))
                        .as(f.toString())
                        .doesNotContain("salience", "agenda-group", "activation-group");
            }
        }
    }

    @Test
    void aRuleReadOnceStillSpeaksForItsOwnKnowledgeBase(@TempDir Path one, @TempDir Path two)
            throws Exception {
        // Same package and rule name, so Drools calls the two rules equal; the metadata read on the
        // first firing must not be served for the other knowledge base's rule.
        Files.writeString(one.resolve("mine.drl"), userRule("the first explanation."));
        Files.writeString(two.resolve("mine.drl"), userRule("the second explanation."));
        FactsDocument facts =
                new FactsReader(true).parse("{\"answers\":{\"vpn\":true}}".getBytes(), "test");

        for (int round = 0; round < 2; round++) {
            assertThat(explanationOfAcmeRule(RuleBase.load(List.of(one)), facts))
                    .isEqualTo("ACME: the first explanation.");
            assertThat(explanationOfAcmeRule(RuleBase.load(List.of(two)), facts))
                    .isEqualTo("ACME: the second explanation.");
        }
    }

    private static String explanationOfAcmeRule(RuleBase rules, FactsDocument facts) {
        return new Advisor(rules)
                .evaluate(facts).reasons().stream()
                        .filter(r -> r.getRule().equals("acme-vpn"))
                        .map(Reason::getExplanation)
                        .findFirst()
                        .orElseThrow();
    }

    private static String userRule(String explanation) {
        return """
                package my.rules;
                import dev.wsladvisor.facts.*;
                import static dev.wsladvisor.rules.Dsl.*;

                rule "ACME VPN"
                    @id("acme-vpn")
                    @explanation("ACME: %s")
                    @source("https://example.com/acme-vpn")
                    @favors("WSL1") @weight(30)
                    @facts("answers.vpn")
                when
                    Answers( vpn == true )
                then
                    insert( reason(kcontext) );
                end
                """
                .formatted(explanation);
    }
}
