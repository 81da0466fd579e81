package dev.wsladvisor.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every replay sample gives a document that advise --facts can read: contract field names and types
 * only.
 */
class ContractShapeTest {
    private static final Map<String, String> LEAVES =
            Map.ofEntries(
                    Map.entry("host.os.edition", "string"),
                    Map.entry("host.os.build", "int"),
                    Map.entry("host.os.revision", "int"),
                    Map.entry("host.os.displayVersion", "string"),
                    Map.entry("host.os.architecture", "arch"),
                    Map.entry("host.hardware.memoryMb", "int"),
                    Map.entry("host.hardware.logicalProcessors", "int"),
                    Map.entry("host.hardware.virtualizationFirmwareEnabled", "bool"),
                    Map.entry("host.hardware.slat", "bool"),
                    Map.entry("host.hardware.hypervisorPresent", "bool"),
                    Map.entry("host.hardware.isVirtualMachine", "bool"),
                    Map.entry("host.hardware.nestedVirtualization", "bool"),
                    Map.entry("host.hardware.vmHost", "string"),
                    Map.entry("host.features.virtualMachinePlatform", "feature"),
                    Map.entry("host.features.windowsSubsystemForLinux", "feature"),
                    Map.entry("host.features.hyperV", "feature"),
                    Map.entry("host.features.windowsHypervisorPlatform", "feature"),
                    Map.entry("host.wsl.installed", "bool"),
                    Map.entry("host.wsl.packageVersion", "string"),
                    Map.entry("host.wsl.kernelVersion", "string"),
                    Map.entry("host.wsl.defaultVersion", "version"),
                    Map.entry("host.wsl.distributions", "distributions"),
                    Map.entry("host.wsl.currentDistribution.name", "string"),
                    Map.entry("host.wsl.currentDistribution.version", "version"),
                    Map.entry("host.wsl.currentDistribution.kernelRelease", "string"),
                    Map.entry("host.wsl.currentDistribution.osId", "string"),
                    Map.entry("host.software.virtualBox.version", "string"),
                    Map.entry("host.software.vmware.product", "string"),
                    Map.entry("host.software.vmware.version", "string"),
                    Map.entry("host.software.dockerDesktop.version", "string"),
                    Map.entry("host.software.dockerDesktop.backend", "backend"));

    static Stream<String> samples() throws IOException {
        try (Stream<Path> dirs = Files.list(Samples.dir(""))) {
            return dirs
                    .filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleDocumentUsesOnlyContractFieldsAndTypes(String sample) {
        JsonNode doc = Samples.replay(sample).toDocument();
        assertThat(doc.get("schemaVersion").asInt()).isEqualTo(1);
        Set<String> top = Set.of("schemaVersion", "host", "provenance", "probeNotes");
        doc.fieldNames().forEachRemaining(name -> assertThat(top).contains(name));
        if (doc.has("host")) {
            check("host", doc.get("host"));
        }
        doc.get("provenance")
                .fields()
                .forEachRemaining(
                        e -> {
                            assertThat(LEAVES).containsKey(e.getKey());
                            assertThat(e.getValue().isTextual()).isTrue();
                        });
    }

    private static void check(String path, JsonNode node) {
        String type = LEAVES.get(path);
        if (type == null) {
            assertThat(node.isObject()).as(path + " is a section").isTrue();
            assertThat(LEAVES.keySet())
                    .as(path + " is a contract section")
                    .anyMatch(k -> k.startsWith(path + "."));
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                check(path + "." + e.getKey(), e.getValue());
            }
            return;
        }
        switch (type) {
            case "string" -> assertThat(node.isTextual()).as(path).isTrue();
            case "int" -> assertThat(node.isInt()).as(path).isTrue();
            case "bool" -> assertThat(node.isBoolean()).as(path).isTrue();
            case "arch" -> assertThat(node.asText()).as(path).isIn("x64", "arm64", "x86");
            case "feature" ->
                    assertThat(node.asText())
                            .as(path)
                            .isIn("enabled", "disabled", "absent", "enable-pending");
            case "version" -> assertThat(node.asInt()).as(path).isIn(1, 2);
            case "backend" -> assertThat(node.asText()).as(path).isIn("wsl2", "hyperv");
            case "distributions" ->
                    node.forEach(
                            d -> {
                                d.fieldNames()
                                        .forEachRemaining(
                                                f ->
                                                        assertThat(f)
                                                                .isIn(
                                                                        "name", "version", "state",
                                                                        "default"));
                                assertThat(d.get("name").isTextual()).isTrue();
                                if (d.has("version")) {
                                    assertThat(d.get("version").asInt()).isIn(1, 2);
                                }
                                if (d.has("default")) {
                                    assertThat(d.get("default").isBoolean()).isTrue();
                                }
                            });
            default -> throw new IllegalStateException(type);
        }
    }
}
