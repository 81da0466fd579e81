package dev.wsladvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks rules check makes before compiling, on real rule files and on careless ones. */
class RuleFileCheckTest {

    private static List<RuleProblem> check(String rules) {
        return RuleFileCheck.check(
                        new RuleSource(
                                "my.drl",
                                "package my;\nimport dev.wsladvisor.facts.*;\n"
                                        + "import static dev.wsladvisor.rules.Dsl.*;\n\n"
                                        + rules,
                                false))
                .problems();
    }

    @Test
    void theBuiltInRulesPassEveryCheckAsIfAPersonHadWrittenThem() {
        for (RuleSource builtIn : RuleSources.builtIn()) {
            assertThat(
                            RuleFileCheck.check(
                                            new RuleSource(
                                                    builtIn.displayPath(), builtIn.text(), false))
                                    .problems())
                    .as(builtIn.displayPath())
                    .isEmpty();
        }
    }

    @Test
    void whatTheConsequenceSaysDecidesWhichMetadataIsRequired() {
        List<RuleProblem> problems =
                check(
                        "rule \"B\"\n    @id(\"b\") @explanation(\"e\") @source(\"https://e\")\nwhen\n"
                                + "    HostOs()\nthen\n    insert( blocker(kcontext) );\n    insert( nextStep(kcontext, \"x\") );\nend\n");
        assertThat(problems)
                .extracting(RuleProblem::message)
                .containsExactly(
                        "rule \"B\" has no @blocks; blocker(kcontext) needs the version it blocks: add @blocks(\"WSL1\"), @blocks(\"WSL2\") or @blocks(\"both\").",
                        "rule \"B\" has no @fix; add @fix(\"what to do\"); a blocker needs one unless it is @permanent(true), a .wslconfig lint rule always.",
                        "rule \"B\" has no @step; nextStep(...) needs its place in the list: add @step(N) (10s fixes, 20s install, 30s convert, 40s configure).");
        assertThat(problems).allSatisfy(p -> assertThat(p.place()).isEqualTo("my.drl:5:6"));
    }

    @Test
    void unknownMetadataAndNamesThatAreNotKebabCaseAreWarnings() {
        List<RuleProblem> problems =
                check(
                        "rule \"W\"\n    @id(\"My_Rule\") @explaination(\"e\") @explanation(\"e\") @source(\"intranet\")\n"
                                + "when\n    HostOs()\nthen\n    insert( warning(kcontext) );\nend\n");
        assertThat(problems).allSatisfy(p -> assertThat(p.warning()).isTrue());
        assertThat(problems)
                .extracting(RuleProblem::message)
                .anySatisfy(
                        m ->
                                assertThat(m)
                                        .startsWith(
                                                "@explaination is not metadata"
                                                        + " wsl-advisor reads; did you mean @explanation?"))
                .anySatisfy(m -> assertThat(m).startsWith("@id(\"My_Rule\") is not kebab-case"))
                .anySatisfy(
                        m ->
                                assertThat(m)
                                        .startsWith("@source(\"intranet\") is not a web address"));
    }

    @Test
    void aFactsPathTheDocumentLacksIsAnErrorWithDidYouMean() {
        List<RuleProblem> problems =
                check(
                        "rule \"F\"\n    @id(\"f\") @explanation(\"e\") @source(\"https://e\")\n"
                                + "    @facts(\"answers.docker, host.os.bild\")\nwhen\n    HostOs()\nthen\n    insert( warning(kcontext) );\nend\n");
        assertThat(problems)
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.place()).isEqualTo("my.drl:7:29");
                            assertThat(p.message())
                                    .startsWith(
                                            "@facts names 'host.os.bild', which is not a fact of the facts document; did you mean 'host.os.build'?");
                            assertThat(p.describe(false))
                                    .endsWith(
                                            "\n    "
                                                    + "    @facts(\"answers.docker, host.os.bild\")\n"
                                                    + " ".repeat(32)
                                                    + "^^^^^^^^^^^^");
                        });
    }
}
