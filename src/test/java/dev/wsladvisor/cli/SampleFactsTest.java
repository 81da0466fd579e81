package dev.wsladvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample in facts/ runs through the real command line, and each one's verdict and key points
 * are pinned, so the README's command can never rot.
 */
class SampleFactsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> samples() throws Exception {
        return Files.list(Path.of("facts")).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    private static JsonNode advise(String sample) throws Exception {
        CliRun r = CliRun.run("advise", "--facts", "facts/" + sample, "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    private static List<String> ids(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleAdvisesInTextAndJsonWithoutWarnings(Path sample) throws Exception {
        CliRun text = CliRun.run("advise", "--facts", sample.toString());
        assertThat(text.exitCode()).isZero();
        assertThat(text.err()).as("the samples use only contract fields").isEmpty();
        assertThat(text.out()).startsWith("Recommendation: WSL");
        JsonNode json =
                JSON.readTree(
                        CliRun.run("advise", "--facts", sample.toString(), "--format", "json")
                                .out());
        assertThat(json.get("summary").asText())
                .startsWith(
                        json.get("recommendation").asText().equals("WSL1")
                                ? "Use WSL1"
                                : "Use WSL2");
        json.get("reasons")
                .forEach(r -> assertThat(r.get("source").asText()).startsWith("https://"));
    }

    @ParameterizedTest(name = "{0}: {1}, blocked {2}")
    @CsvSource({
        "docker-web-developer.json, WSL2, false",
        "game-developer-windows-files.json, WSL1, false",
        "home-laptop.json, WSL2, false",
        "hyper-v-vm-without-nesting.json, WSL2, true",
        "old-1909-build.json, WSL2, true",
        "server-2019.json, WSL1, false",
        "physical-com-port.json, WSL1, false",
        "gpu-cuda.json, WSL2, false",
        "corporate-vpn.json, WSL2, false",
        "no-slat-cpu.json, WSL1, false",
        "error-0x80370102.json, WSL2, true",
        "virtualbox-6.0-user.json, WSL2, true"
    })
    void sampleVerdicts(String sample, String recommendation, boolean blocked) throws Exception {
        JsonNode a = advise(sample);
        assertThat(a.get("recommendation").asText()).isEqualTo(recommendation);
        assertThat(a.get("blocked").asBoolean()).isEqualTo(blocked);
    }

    @Test
    void dockerWebDeveloperIsReadyWithDockerAndSystemdAsNeeds() throws Exception {
        JsonNode a = advise("docker-web-developer.json");
        assertThat(ids(a.get("reasons"), "rule"))
                .startsWith("docker-needs-wsl2", "systemd-needs-wsl2");
        assertThat(a.get("unknown")).isEmpty();
        assertThat(a.get("confidence").asDouble()).isEqualTo(1.0);
    }

    @Test
    void gameDeveloperKeepsFilesOnWindowsWithWsl1() throws Exception {
        JsonNode a = advise("game-developer-windows-files.json");
        assertThat(ids(a.get("reasons"), "rule"))
                .contains(
                        "file-watching-on-windows-drives-favors-wsl1",
                        "windows-tools-on-same-files-favor-wsl1",
                        "heavy-windows-drive-io-favors-wsl1");
        assertThat(ids(a.get("whatIf"), "change")).contains("answers.projectLocation = linux");
    }

    @Test
    void homeLaptopInstallsWsl2WithOneCommand() throws Exception {
        JsonNode a = advise("home-laptop.json");
        assertThat(ids(a.get("reasons"), "rule"))
                .contains("home-edition-runs-wsl2", "gui-apps-favor-wsl2");
        assertThat(a.get("nextSteps").get(0).asText()).startsWith("wsl --install");
    }

    @Test
    void hyperVGuestIsToldToExposeVirtualizationExtensions() throws Exception {
        JsonNode a = advise("hyper-v-vm-without-nesting.json");
        assertThat(a.get("blockers").get(0).get("fix").asText())
                .contains("Set-VMProcessor -VMName <VMName> -ExposeVirtualizationExtensions $true");
        assertThat(ids(a.get("whatIf"), "change"))
                .contains("host.hardware.nestedVirtualization = true");
    }

    @Test
    void build1909NeedsTheRevisionFloorAndVirtualMachinePlatform() throws Exception {
        JsonNode a = advise("old-1909-build.json");
        assertThat(ids(a.get("blockers"), "id"))
                .containsExactly("build-18362-needs-revision-1049", "virtual-machine-platform-off");
    }

    @Test
    void server2019GetsWsl1BecauseWsl2CanNeverRunThere() throws Exception {
        JsonNode a = advise("server-2019.json");
        assertThat(a.get("reasons").get(0).get("rule").asText()).isEqualTo("server-2019-wsl1-only");
        assertThat(a.get("summary").asText()).contains("WSL2 cannot run on this PC");
        assertThat(a.get("wslconfig").get("settings")).isEmpty();
    }

    @Test
    void comPortUserConvertsUbuntuToWsl1() throws Exception {
        JsonNode a = advise("physical-com-port.json");
        assertThat(a.get("reasons").get(0).get("rule").asText())
                .isEqualTo("serial-port-needs-wsl1");
        assertThat(a.get("nextSteps").toString()).contains("wsl --set-version Ubuntu 1");
    }

    @Test
    void vpnUserOnWindows10KeepsWsl2WithTheVpnAndLanWorkarounds() throws Exception {
        JsonNode a = advise("corporate-vpn.json");
        assertThat(ids(a.get("reasons"), "rule")).contains("vpn-without-mirrored-favors-wsl1");
        assertThat(ids(a.get("warnings"), "id"))
                .startsWith(
                        "workaround-lan-access-without-mirrored-favors-wsl1",
                        "workaround-vpn-without-mirrored-favors-wsl1");
        assertThat(a.get("confidence").asDouble()).isLessThan(1.0);
    }

    @Test
    void cpuWithoutSlatWarnsThatDockerIsLeftUnmet() throws Exception {
        JsonNode a = advise("no-slat-cpu.json");
        assertThat(a.get("reasons").get(0).get("rule").asText()).isEqualTo("cpu-without-slat");
        assertThat(ids(a.get("warnings"), "id")).first().isEqualTo("unmet-docker-needs-wsl2");
    }

    @Test
    void virtualBox60UserMovesToWsl2AfterUpgradingVirtualBox() throws Exception {
        JsonNode a = advise("virtualbox-6.0-user.json");
        assertThat(ids(a.get("blockers"), "id")).containsExactly("virtual-machine-platform-off");
        assertThat(ids(a.get("warnings"), "id"))
                .contains("workaround-old-virtualbox-vms-favor-wsl1");
        List<String> steps = new ArrayList<>();
        a.get("nextSteps").forEach(n -> steps.add(n.asText()));
        assertThat(steps)
                .anyMatch(s -> s.contains("VirtualMachinePlatform"))
                .anyMatch(s -> s.contains("wsl --set-version Debian 2"))
                .anyMatch(s -> s.contains("Upgrade VirtualBox"));
    }

    @Test
    void error0x80370102IsExplained() throws Exception {
        JsonNode a = advise("error-0x80370102.json");
        assertThat(ids(a.get("blockers"), "id")).containsExactly("error-wsl2-vm-cannot-start");
        assertThat(a.get("blockers").get(0).get("fix").asText())
                .contains("hypervisorlaunchtype", "UEFI/BIOS");
    }

    @Test
    void gpuUserIsReady() throws Exception {
        JsonNode a = advise("gpu-cuda.json");
        assertThat(ids(a.get("reasons"), "rule")).contains("gpu-compute-needs-wsl2");
        assertThat(a.get("blockers")).isEmpty();
    }

    @Test
    void error0x80370102PointsAtTheUnknownVirtualizationFacts() throws Exception {
        JsonNode a = advise("error-0x80370102.json");
        List<String> unknown = new ArrayList<>();
        a.get("unknown").forEach(n -> unknown.add(n.asText()));
        assertThat(unknown)
                .contains(
                        "host.hardware.virtualizationFirmwareEnabled",
                        "host.features.virtualMachinePlatform");
        assertThat(a.get("confidence").asDouble()).isLessThan(1.0);
    }
}
