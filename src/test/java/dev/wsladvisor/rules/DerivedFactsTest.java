package dev.wsladvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.advice.AdviceAssembler;
import dev.wsladvisor.advice.Advisor;
import dev.wsladvisor.advice.WslConfigAdviceReporter;
import dev.wsladvisor.facts.FactSection;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.facts.FactsReader;
import dev.wsladvisor.scenario.Scenario;
import dev.wsladvisor.scenario.ScenarioFiles;
import dev.wsladvisor.scenario.ScenarioReader;
import dev.wsladvisor.support.RuleFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.event.rule.AfterMatchFiredEvent;

/**
 * The facts a rule's explanation quotes, derived from its match (MatchedFacts), against the
 * {@code @facts} list a rule may still declare: for every built-in rule, on every scenario and
 * sample host where it fires. Most built-in rules declare none, and quote and list what their
 * conditions read.
 */
class DerivedFactsTest {

    /**
     * Every firing of every built-in rule on the scenarios and samples: rule id to "declared ->
     * derived" lines.
     */
    static Map<String, Set<String>> comparisons() throws IOException {
        Map<String, Set<String>> out = new TreeMap<>();
        FiredRules fired = new FiredRules(event -> compare(event, out));
        List<Path> scenarios = ScenarioFiles.find(List.of(Path.of("src/test/resources/scenarios")));
        for (Path f : scenarios) {
            Scenario s = ScenarioReader.read(f);
            WslConfigAdviceReporter reporter = new WslConfigAdviceReporter(s.wslconfig());
            new AdviceAssembler(
                            new Advisor(RuleFixture.rules(), reporter.extraFacts())
                                    .recordingInto(fired),
                            reporter)
                    .advise(s.facts());
        }
        try (Stream<Path> samples = Files.list(Path.of("facts"))) {
            for (Path f : samples.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                FactsDocument facts =
                        new FactsReader(false).parse(Files.readAllBytes(f), f.toString());
                new Advisor(RuleFixture.rules()).recordingInto(fired).evaluate(facts);
            }
        }
        return out;
    }

    private static void compare(AfterMatchFiredEvent event, Map<String, Set<String>> out) {
        org.kie.api.definition.rule.Rule rule = event.getMatch().getRule();
        Object id = rule.getMetaData().get("id");
        Object declaredText = rule.getMetaData().get("facts");
        List<String> declared =
                declaredText == null
                        ? List.of()
                        : Arrays.stream(String.valueOf(declaredText).split(","))
                                .map(String::trim)
                                .filter(p -> !p.isEmpty())
                                .toList();
        MatchedFacts.RuleReads reads = MatchedFacts.of(rule);
        List<String> derived =
                MatchedFacts.paths(reads, event.getMatch().getObjects(), document(event));
        String line =
                String.join(", ", declared)
                        + "  ->  "
                        + String.join(", ", derived)
                        + (reads.gap() == null ? "" : "  (gap: " + reads.gap() + ")");
        String verdict =
                declaredText == null ? "none: " : declared.equals(derived) ? "same: " : "DIFF: ";
        out.computeIfAbsent(String.valueOf(id), k -> new TreeSet<>()).add(verdict + line);
    }

    private static FactsDocument document(AfterMatchFiredEvent event) {
        for (Object o : event.getMatch().getObjects()) {
            if (o instanceof FactSection s) {
                return s.document();
            }
        }
        for (Object o : event.getKieRuntime().getObjects()) {
            if (o instanceof FactSection s) {
                return s.document();
            }
        }
        return null;
    }

    /**
     * The built-in rules whose {@code @facts} differ from what their match reads, and why; they
     * keep {@code @facts}, which their explanations quote. Each still differs
     * (theKnownExceptionsStillDiffer), so the list shrinks as they are reconciled (by correcting
     * the conditions or dropping {@code @facts}).
     */
    static final Map<String, String> KNOWN_EXCEPTIONS =
            exceptions(
                    // Listed in another order than the conditions read them.
                    "order",
                            List.of(
                                    "build-too-old-for-wsl2-arm64",
                                    "old-virtualbox-vms-favor-wsl1",
                                    "old-vmware-vms-favor-wsl1",
                                    "vmware-vms-on-old-windows-favor-wsl1"),
                    // A helper reads more than the list names: buildBelow(build, revision) the
                    // revision,
                    // isServer() the edition, lacksNestedVirtualization() the firmware check,
                    // readinessUnknown() the whole host; installed == true checks beside a feature.
                    "reads more",
                            List.of(
                                    "build-too-old-for-any-wsl",
                                    "build-too-old-for-wsl2-x64",
                                    "docker-desktop-hyper-v-backend-needs-hyper-v",
                                    "docker-need-desktop-needs-windows-19045-or-22631",
                                    "hypervisor-not-launched",
                                    "lan-access-use-mirrored-networking",
                                    "lan-access-without-mirrored-favors-wsl1",
                                    "readiness-unknown",
                                    "virtual-machine-platform-off",
                                    "vm-azure-without-nesting",
                                    "vm-gcp-without-nesting",
                                    "vm-hyper-v-without-nesting",
                                    "vm-kvm-without-nesting",
                                    "vm-virtualbox-without-nesting",
                                    "vm-vmware-without-nesting",
                                    "vm-without-nesting",
                                    "vm-without-nesting-suits-wsl1",
                                    "vpn-use-mirrored-networking",
                                    "vpn-without-mirrored-favors-wsl1",
                                    "wsl-optional-component-off"),
                    // The list names facts no matched condition reads: what the message quotes
                    // (Docker
                    // Desktop's version, a VM's host, a distribution's name), what a not(...) or
                    // exists(...) condition tests, or a fact the rule no longer reads.
                    "names more",
                            List.of(
                                    "current-distribution-runs-wsl1",
                                    "docker-desktop-arm64-early-access",
                                    "docker-desktop-in-vm",
                                    "docker-desktop-needs-4gb",
                                    "docker-desktop-needs-wsl-2.1.5",
                                    "docker-desktop-not-on-windows-server",
                                    "docker-desktop-old-wsl",
                                    "docker-on-server-without-wsl2",
                                    "error-mirrored-networking-failed",
                                    "error-nested-virtualization-not-supported",
                                    "error-store-wsl-needs-servicing-update",
                                    "error-virtualbox-nem-create-failed",
                                    "server-2022-needs-wsl2-update",
                                    "usb-devices-need-usbipd",
                                    "wsl1-policy-favors-wsl2",
                                    "wslconfig-mirrored-on-server",
                                    "wslconfig-suggest-gradual-reclaim",
                                    "wslconfig-suggest-mirrored",
                                    "wslconfig-suggest-no-gui"),
                    // Both: Docker Desktop's version named for the message, and a fact a helper or
                    // condition reads left out.
                    "both",
                            List.of(
                                    "docker-desktop-needs-slat",
                                    "docker-desktop-needs-windows-19045-or-22631",
                                    "docker-desktop-wsl2-engine-needs-wsl2"));

    private static Map<String, String> exceptions(Object... groups) {
        Map<String, String> out = new TreeMap<>();
        for (int i = 0; i < groups.length; i += 2) {
            for (Object id : (List<?>) groups[i + 1]) {
                out.put(String.valueOf(id), String.valueOf(groups[i]));
            }
        }
        return out;
    }

    private static Map<String, Set<String>> comparisons;

    private static synchronized Map<String, Set<String>> firings() throws IOException {
        if (comparisons == null) {
            comparisons = comparisons();
        }
        return comparisons;
    }

    @Test
    void everyDeclaredFactsListIsWhatTheRulesMatchReads() throws IOException {
        List<String> drifted = new ArrayList<>();
        firings()
                .forEach(
                        (id, lines) ->
                                lines.stream()
                                        .filter(
                                                l ->
                                                        l.startsWith("DIFF: ")
                                                                && !KNOWN_EXCEPTIONS.containsKey(
                                                                        id))
                                        .forEach(
                                                l ->
                                                        drifted.add(
                                                                id
                                                                        + ": @facts "
                                                                        + l.substring(6))));
        assertThat(drifted)
                .as(
                        "a rule's @facts (left) differs from what its conditions read on a host (right): correct @facts,"
                                + " or leave it out and the explanation quotes what the match read")
                .isEmpty();
    }

    @Test
    void theKnownExceptionsStillDiffer() throws IOException {
        Map<String, Set<String>> firings = firings();
        for (String id : KNOWN_EXCEPTIONS.keySet()) {
            assertThat(firings.get(id)).as(id + " fires on some scenario or sample").isNotNull();
            assertThat(firings.get(id))
                    .as(id + " is listed in KNOWN_EXCEPTIONS but its @facts now match")
                    .anyMatch(l -> l.startsWith("DIFF: "));
        }
    }

    @Test
    void everyBuiltInRuleThatFiresCanBeDerived() throws IOException {
        firings()
                .forEach(
                        (id, lines) ->
                                assertThat(lines).as(id).noneMatch(l -> l.contains("(gap: ")));
    }

    @Test
    void aRuleWithoutFactsQuotesOnEachHostWhatTheCatalogueListsForIt() throws IOException {
        Map<String, RuleInfo> catalogue = new TreeMap<>();
        RuleFixture.rules().rules().forEach(r -> catalogue.put(r.id(), r));
        long quoted = 0;
        for (Map.Entry<String, Set<String>> e : firings().entrySet()) {
            RuleInfo rule = catalogue.get(e.getKey());
            for (String line : e.getValue()) {
                if (line.startsWith("none: ") && !rule.facts().isEmpty()) {
                    List<String> derived =
                            Arrays.stream(line.substring(line.indexOf("->") + 2).trim().split(", "))
                                    .filter(p -> !p.isEmpty())
                                    .toList();
                    assertThat(rule.facts())
                            .as(e.getKey() + " quotes " + derived)
                            .containsAll(derived);
                    quoted++;
                }
            }
        }
        assertThat(quoted)
                .as("rules without @facts that quote facts, fired on the scenarios")
                .isGreaterThan(40);
    }

    @Test
    void theCatalogueListsWhatTheConditionsReadWhereFactsIsRight() {
        List<String> differ = new ArrayList<>();
        for (RuleInfo rule : RuleFixture.rules().rules()) {
            if (rule.meta("facts") != null
                    && !KNOWN_EXCEPTIONS.containsKey(rule.id())
                    && !rule.facts().equals(rule.factsRead())) {
                differ.add(
                        rule.id()
                                + ": @facts "
                                + rule.facts()
                                + ", conditions "
                                + rule.factsRead());
            }
        }
        assertThat(differ).isEmpty();
    }

    @Test
    void aRuleWithoutFactsQuotesWhatItsMatchRead(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("mine.drl"),
                """
                package my.rules;
                import dev.wsladvisor.facts.*;
                import static dev.wsladvisor.rules.Dsl.*;
                rule "Old Windows with Docker wants an update"
                    @id("my-docker-old-windows") @explanation("Docker on this build needs an update.") @source("https://example.org/docker")
                    @favors("WSL2") @strength("note")
                when
                    Answers( docker == true )
                    HostOs( buildBelow(19041), architecture == "x64" )
                    Product( name == "virtualBox", olderThan("7.0") )
                then
                    insertLogical( reason(kcontext) );
                end
                """);
        RuleBase mine = RuleBase.load(List.of(dir));
        FactsDocument facts =
                RuleFixture.facts(
                        "{'host':{'os':{'build':18363,'revision':1049,'architecture':'x64'},"
                                + "'software':{'vmware':{'version':'16'},'virtualBox':{'version':'6.1.50'}}},'answers':{'docker':true}}");
        Reason reason =
                new Advisor(mine)
                        .evaluate(facts).reasons().stream()
                                .filter(r -> r.getRule().equals("my-docker-old-windows"))
                                .findFirst()
                                .orElseThrow();
        assertThat(reason.getFacts())
                .containsExactly(
                        "answers.docker = true",
                        "host.os.build = 18363",
                        "host.os.architecture = x64",
                        "host.software.virtualBox.version = 6.1.50");
    }
}
