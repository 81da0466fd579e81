package dev.wsladvisor.advice;

import static dev.wsladvisor.support.RuleFixture.advise;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one sentence of the advice, on the real rules. */
class SummaryTest {

    @Test
    void twoNeedsWaitingForTheSameUpdateNameItOnce() {
        Advice a =
                advise(
                        "{\"host\": {\"os\": {\"edition\": \"Windows 10 Pro\", \"build\": 19043, \"revision\": 2364},"
                                + " \"hardware\": {\"virtualizationFirmwareEnabled\": true, \"slat\": true},"
                                + " \"features\": {\"virtualMachinePlatform\": \"enabled\"}, \"wsl\": {\"installed\": true}},"
                                + " \"answers\": {\"gpuCompute\": true, \"guiApps\": true}}");
        assertThat(a.blockers()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(a.summary())
                .isEqualTo("Use WSL2, after you update Windows to 21H2 (build 19044) or later.");
    }
}
