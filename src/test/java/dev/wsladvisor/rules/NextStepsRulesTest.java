package dev.wsladvisor.rules;

import static dev.wsladvisor.support.Rules.advise;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.advice.Advice;
import org.junit.jupiter.api.Test;

/** rules/next-steps.drl: commands in order, once the verdict is known. */
class NextStepsRulesTest {

    @Test
    void freshWindows11GetsOneCommandInstall() {
        Advice a = advise("{\"host\": {\"os\": {\"build\": 22631}, \"wsl\": {\"installed\": false}}, \"answers\": {\"docker\": true}}");
        assertThat(a.nextSteps()).first().asString().startsWith("wsl --install");
    }

    @Test
    void freshInstallForWsl1EnablesTheWsl1ComponentAndDefault() {
        Advice a = advise("{\"host\": {\"os\": {\"build\": 22631}, \"wsl\": {\"installed\": false}}, \"answers\": {\"serialPort\": true}}");
        assertThat(a.nextSteps()).containsExactly("wsl --install --enable-wsl1 --no-distribution   (elevated, then restart Windows)",
                "wsl --set-default-version 1", "wsl --install -d Ubuntu");
    }

    @Test
    void buildsBefore19041InstallByHandWithTheKernelPackage() {
        Advice a = advise("{\"host\": {\"os\": {\"build\": 18363, \"revision\": 1500}, \"wsl\": {\"installed\": false}}}");
        assertThat(a.nextSteps()).anyMatch(s -> s.contains("https://aka.ms/wsl2kernel"));
        assertThat(a.nextSteps()).noneMatch(s -> s.startsWith("wsl --install"));
    }

    @Test
    void wsl1DistributionsAreConvertedAfterABackupWhenWsl2IsRecommended() {
        Advice a = advise("{\"host\": {\"wsl\": {\"installed\": true, \"defaultVersion\": 1, \"distributions\": ["
                + "{\"name\": \"Ubuntu\", \"version\": 1}, {\"name\": \"docker-desktop\", \"version\": 1}]}}, \"answers\": {\"docker\": true}}");
        assertThat(a.nextSteps()).containsExactly("wsl --export Ubuntu Ubuntu-backup.tar   (a backup first)",
                "wsl --set-version Ubuntu 2", "wsl --set-default-version 2");
    }

    @Test
    void blockedHostFixesFirmwareBeforeAnythingElse() {
        Advice a = advise("{\"host\": {\"hardware\": {\"virtualizationFirmwareEnabled\": false}, \"wsl\": {\"installed\": true,"
                + " \"distributions\": [{\"name\": \"Ubuntu\", \"version\": 1}]}}, \"answers\": {\"docker\": true}}");
        assertThat(a.nextSteps()).first().asString().contains("UEFI/BIOS");
        assertThat(a.nextSteps()).noneMatch(s -> s.contains("--set-version"));
    }

    @Test
    void systemdNeedGetsTheWslConfStep() {
        Advice a = advise("{\"answers\": {\"systemd\": true}}");
        assertThat(a.nextSteps()).anyMatch(s -> s.contains("systemd=true"));
    }
}
