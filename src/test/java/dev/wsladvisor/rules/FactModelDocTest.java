package dev.wsladvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.support.GeneratedDocBlock;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The fact model in docs/writing-rules.md is generated from the fact classes and the facts
 * catalogue.
 */
class FactModelDocTest {

    /** Regenerate: {@code mvn -q test -Dtest=FactModelDocTest -Dwsladvisor.regenerate=true}. */
    @Test
    void theDocsFactModelIsTheGeneratedOne() throws Exception {
        String generated = FactModel.markdown().substring(1) + "\n";
        GeneratedDocBlock.check(Path.of("docs/writing-rules.md"), "fact-model", generated);
        assertThat(generated)
                .contains(
                        "| `docker` | true/false | `answers.docker` |",
                        "| `build` | whole number | `host.os.build` | 7600 to 99999 |",
                        "| `virtualMachinePlatform` | text | `host.features.virtualMachinePlatform` | `enabled`, `disabled`, `absent`, `enable-pending` |",
                        "| `virtualMachine` | true/false | `host.hardware.isVirtualMachine` |",
                        "`buildAtLeast(int)`");
    }

    @Test
    void aProductsFieldsAreReadFromEachProductEntryThatHasThem() {
        String generated = FactModel.markdown();
        assertThat(generated)
                .contains(
                        "| `version` | text | `host.software.virtualBox.version`, `host.software.vmware.version`,"
                                + " `host.software.dockerDesktop.version` |",
                        "| `productName` | text | `host.software.vmware.product` |",
                        "| `backend` | text | `host.software.dockerDesktop.backend` | `wsl2`, `hyperv` |");
    }

    @Test
    void theDistributionTheFactsCameFromIsAFactType() {
        assertThat(FactModel.type("CurrentDistribution").section())
                .isEqualTo("host.wsl.currentDistribution");
        assertThat(FactModel.markdown())
                .contains(
                        "#### `CurrentDistribution` (`host.wsl.currentDistribution`)",
                        "| `version` | whole number | `host.wsl.currentDistribution.version` | 1 to 2 |");
    }

    @Test
    void everyFieldOfTheFactsDocumentIsSomeFactsField() {
        java.util.Set<String> mapped = new java.util.HashSet<>();
        FactModel.types().forEach(t -> t.fields().values().forEach(f -> mapped.addAll(f.paths())));
        assertThat(mapped)
                .contains(
                        "host.os.build",
                        "host.hardware.memoryMb",
                        "host.wsl.packageVersion",
                        "answers.vpn",
                        "host.wsl.distributions.default",
                        "host.software.dockerDesktop.backend",
                        "host.wsl.currentDistribution.kernelRelease");
    }

    /**
     * Each field is declared once, in FactsSchema; a rule reaches it through a getter of a fact
     * type. A field declared with no getter could be given in the facts and never read by any rule:
     * this fails until the getter is there, or the field is named below with why no rule may read
     * it.
     */
    @Test
    void everyDeclaredFieldIsReadByAGetterOfSomeFactType() {
        java.util.Set<String> mapped = new java.util.HashSet<>();
        FactModel.types().forEach(t -> t.fields().values().forEach(f -> mapped.addAll(f.paths())));
        java.util.Map<String, String> notForRules =
                java.util.Map.of(
                        "schemaVersion",
                        "the document's format, checked by the reader",
                        "id",
                        "names the host; batch copies it into each advice line",
                        "provenance",
                        "written by probe for people: where each fact came from",
                        "probeNotes",
                        "written by probe for people: what it could not find out",
                        "host.software.otherHypervisors",
                        "each entry is a Product fact of its own, named by the entry");
        java.util.List<String> unread =
                dev.wsladvisor.facts.FactsSchema.allPaths().stream()
                        .filter(p -> dev.wsladvisor.facts.FactsSchema.at(p).children().isEmpty())
                        .filter(p -> !mapped.contains(p) && !notForRules.containsKey(p))
                        .toList();
        assertThat(unread).as("declared fields no fact type's getter reads").isEmpty();
    }
}
