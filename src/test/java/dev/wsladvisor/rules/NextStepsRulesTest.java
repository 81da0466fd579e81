package dev.wsladvisor.rules;

import static dev.wsladvisor.support.RuleFixture.advise;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.advice.Advice;
import org.junit.jupiter.api.Test;

/** rules/next-steps.drl: commands in order, once the verdict is known. */
class NextStepsRulesTest {

    @Test
    void freshWindows11GetsOneCommandInstall() {
        Advice a =
                advise(
                        "{\"host\": {\"os\": {\"build\": 22631}, \"wsl\": {\"installed\": false}}, \"answers\": {\"docker\": true}}");
        assertThat(a.nextSteps()).first().asString().startsWith("wsl --install");
    }

    @Test
    void freshInstallForWsl1EnablesTheWsl1ComponentAndDefault() {
        Advice a =
                advise(
                        "{\"host\": {\"os\": {\"build\": 22631}, \"wsl\": {\"installed\": false}}, \"answers\": {\"serialPort\": true}}");
        assertThat(a.nextSteps())
                .containsExactly(
                        "wsl --install --enable-wsl1 --no-distribution   (elevated, then restart Windows)",
                        "wsl --set-default-version 1",
                        "wsl --install -d Ubuntu");
    }

    @Test
    void buildsBefore19041InstallByHandWithTheKernelPackage() {
        Advice a =
                advise(
                        "{\"host\": {\"os\": {\"build\": 18363, \"revision\": 1500}, \"wsl\": {\"installed\": false}}}");
        assertThat(a.nextSteps()).anyMatch(s -> s.contains("https://aka.ms/wsl2kernel"));
        assertThat(a.nextSteps()).noneMatch(s -> s.startsWith("wsl --install"));
    }

    private static String inbox1909(String wsl) {
        return "{\"host\": {\"os\": {\"edition\": \"Pro\", \"build\": 18363, \"revision\": 1049, \"architecture\": \"x64\"},"
                + " \"wsl\": {\"installed\": true, "
                + wsl
                + "}}, \"answers\": {\"docker\": true}}";
    }

    @Test
    void inboxWslBefore19041GetsTheKernelPackageBeforeADistributionIsConverted() {
        Advice a =
                advise(
                        inbox1909(
                                "\"packageVersion\": null, \"kernelVersion\": null, \"defaultVersion\": 1,"
                                        + " \"distributions\": [{\"name\": \"Ubuntu\", \"version\": 1}]"));
        assertThat(a.recommendation()).isEqualTo("WSL2");
        int kernel = -1;
        for (int i = 0; i < a.nextSteps().size(); i++) {
            if (a.nextSteps().get(i).contains("https://aka.ms/wsl2kernel")) {
                kernel = i;
            }
        }
        assertThat(kernel)
                .as("kernel update package step in %s", a.nextSteps())
                .isGreaterThanOrEqualTo(0);
        assertThat(a.nextSteps().indexOf("wsl --set-version Ubuntu 2")).isGreaterThan(kernel);
    }

    @Test
    void theKernelPackageStepIsLeftOutWhereTheWsl2KernelIsThere() {
        assertThat(
                        advise(
                                        inbox1909(
                                                "\"defaultVersion\": 1, \"distributions\": [{\"name\": \"Ubuntu\", \"version\": 1},"
                                                        + " {\"name\": \"Debian\", \"version\": 2}]"))
                                .nextSteps())
                .noneMatch(s -> s.contains("wsl2kernel"));
        assertThat(
                        advise(
                                        inbox1909(
                                                "\"kernelVersion\": \"4.19.128\", \"distributions\": [{\"name\": \"Ubuntu\", \"version\": 1}]"))
                                .nextSteps())
                .noneMatch(s -> s.contains("wsl2kernel"));
        assertThat(
                        advise(
                                        inbox1909(
                                                        "\"distributions\": [{\"name\": \"Ubuntu\", \"version\": 1}]")
                                                .replace("18363", "19045"))
                                .nextSteps())
                .noneMatch(s -> s.contains("wsl2kernel"));
    }

    @Test
    void wsl1DistributionsAreConvertedAfterABackupWhenWsl2IsRecommended() {
        Advice a =
                advise(
                        "{\"host\": {\"wsl\": {\"installed\": true, \"defaultVersion\": 1, \"distributions\": ["
                                + "{\"name\": \"Ubuntu\", \"version\": 1}, {\"name\": \"docker-desktop\", \"version\": 1}]}}, \"answers\": {\"docker\": true}}");
        assertThat(a.nextSteps())
                .containsExactly(
                        "wsl --export Ubuntu Ubuntu-backup.tar   (a backup first)",
                        "wsl --set-version Ubuntu 2",
                        "wsl --set-default-version 2");
    }

    @Test
    void blockedHostFixesFirmwareBeforeAnythingElse() {
        Advice a =
                advise(
                        "{\"host\": {\"hardware\": {\"virtualizationFirmwareEnabled\": false}, \"wsl\": {\"installed\": true,"
                                + " \"distributions\": [{\"name\": \"Ubuntu\", \"version\": 1}]}}, \"answers\": {\"docker\": true}}");
        assertThat(a.nextSteps()).first().asString().contains("UEFI/BIOS");
        // Converting is still part of the plan, after the blocker is fixed.
        assertThat(a.nextSteps()).last().asString().contains("--set-version Ubuntu 2");
    }

    @Test
    void systemdNeedGetsTheWslConfStep() {
        Advice a = advise("{\"answers\": {\"systemd\": true}}");
        assertThat(a.nextSteps()).anyMatch(s -> s.contains("systemd=true"));
    }
}
