package dev.wsladvisor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FleetSummaryTest {

    private static final HostTraits PRO_19045 = new HostTraits(20, "Pro", 19045, "22H2");
    private static final HostFinding VMP =
            new HostFinding(
                    "virtual-machine-platform-off", "VMP is off.", "Enable it.", "https://a");
    private static final HostFinding PERMANENT =
            new HostFinding("cpu-x86", "32-bit Windows.", null, "https://b");

    private static HostResult advised(
            long line,
            String rec,
            boolean blocked,
            List<HostFinding> blockers,
            List<HostFinding> warnings,
            List<String> unknown,
            HostTraits traits) {
        return HostResult.advised(
                line,
                "pc-" + line,
                rec,
                blocked,
                1.0,
                blockers,
                warnings,
                unknown,
                traits,
                null,
                List.of());
    }

    @Test
    void eachHostsOutcomeIsReadFromItsAdviceDocument() {
        assertThat(Outcome.of(advised(1, "WSL2", false, List.of(), List.of(), null, PRO_19045)))
                .isEqualTo(Outcome.WSL2_READY);
        assertThat(Outcome.of(advised(1, "WSL2", true, List.of(VMP), List.of(), null, PRO_19045)))
                .isEqualTo(Outcome.WSL2_BLOCKED);
        assertThat(Outcome.of(advised(1, "WSL1", false, List.of(), List.of(), null, PRO_19045)))
                .isEqualTo(Outcome.WSL1);
        assertThat(Outcome.of(advised(1, "WSL1", true, List.of(VMP), List.of(), null, PRO_19045)))
                .as("WSL1 counts its blocked hosts")
                .isEqualTo(Outcome.WSL1);
        assertThat(
                        Outcome.of(
                                advised(
                                        1,
                                        "WSL1",
                                        false,
                                        List.of(PERMANENT),
                                        List.of(),
                                        null,
                                        PRO_19045)))
                .as("not blocked yet a blocker: only what can never be fixed is left")
                .isEqualTo(Outcome.WSL_CANNOT_RUN);
        assertThat(
                        Outcome.of(
                                advised(
                                        1,
                                        "WSL2",
                                        false,
                                        List.of(),
                                        List.of(),
                                        null,
                                        new HostTraits(0, null, null, null))))
                .as("nothing known about the host")
                .isEqualTo(Outcome.READINESS_UNKNOWN);
        assertThat(
                        Outcome.of(
                                advised(
                                        1,
                                        "WSL2",
                                        false,
                                        List.of(),
                                        List.of(),
                                        List.of("host.hardware.slat"),
                                        PRO_19045)))
                .as("a fact about the host that would change the advice is unknown")
                .isEqualTo(Outcome.READINESS_UNKNOWN);
        assertThat(
                        Outcome.of(
                                advised(
                                        1,
                                        "WSL2",
                                        false,
                                        List.of(),
                                        List.of(),
                                        List.of("answers.docker"),
                                        PRO_19045)))
                .as("an unknown answer changes the need, not the readiness")
                .isEqualTo(Outcome.WSL2_READY);
        assertThat(Outcome.of(HostResult.failed(3, null, "bad"))).isEqualTo(Outcome.INPUT_ERROR);
    }

    @Test
    void eachBlockerListsItsFirstHostIdsAndCountsTheRest() {
        FleetSummary summary = new FleetSummary(3);
        for (int i = 1; i <= 5; i++) {
            summary.add(advised(i, "WSL2", true, List.of(VMP), List.of(), null, PRO_19045));
        }
        FleetReport.Group g = summary.report(1).blockers().get(0);

        assertThat(g.id()).isEqualTo("virtual-machine-platform-off");
        assertThat(g.message()).isEqualTo("VMP is off.");
        assertThat(g.fix()).isEqualTo("Enable it.");
        assertThat(g.source()).isEqualTo("https://a");
        assertThat(g.hosts()).isEqualTo(5);
        assertThat(g.hostIds()).containsExactly("pc-1", "pc-2", "pc-3");
        assertThat(g.moreHosts()).isEqualTo(2);
    }

    @Test
    void theChartDataKeepsItsKeysInOneOrderSoTheSameFleetGivesTheSamePage() {
        FleetSummary summary = new FleetSummary(3);
        summary.add(
                advised(
                        1,
                        "WSL2",
                        true,
                        List.of(VMP),
                        List.of(),
                        List.of("host.hardware.slat"),
                        PRO_19045));
        String json = ChartData.json(summary.report(1));

        assertThat(json)
                .startsWith("{\"outcomes\":[{\"key\":")
                .contains("\"byBuild\":{\"labels\":[")
                .contains("\"series\":[{\"label\":")
                .contains("\"blockers\":[{\"name\":\"virtual-machine-platform-off\",\"hosts\":1}]")
                .contains("\"unknown\":[{\"name\":\"host.hardware.slat\",\"hosts\":1}]");
        assertThat(json.indexOf("\"colour\"")).isLessThan(json.indexOf("\"hosts\""));
    }

    @Test
    void unmetNeedsAreTheWarningsNamedUnmetAndRankedApart() {
        FleetSummary summary = new FleetSummary(10);
        HostFinding unmet =
                new HostFinding(
                        "unmet-docker-needs-wsl2",
                        "Left unmet by WSL1: Docker.",
                        "Use a remote host.",
                        "https://c");
        HostFinding vpn =
                new HostFinding(
                        "vpn-nat-troubleshooting", "VPN may break NAT.", "Set DNS.", "https://d");
        summary.add(advised(1, "WSL1", false, List.of(), List.of(unmet, vpn), null, PRO_19045));
        summary.add(advised(2, "WSL2", false, List.of(), List.of(vpn), null, PRO_19045));

        FleetReport r = summary.report(1);
        assertThat(r.unmetNeeds())
                .extracting(FleetReport.Group::id)
                .containsExactly("unmet-docker-needs-wsl2");
        assertThat(r.warnings())
                .extracting(FleetReport.Group::id)
                .containsExactly("vpn-nat-troubleshooting");
        assertThat(r.warnings().get(0).hosts()).isEqualTo(2);
        assertThat(r.topWarnings())
                .extracting(FleetReport.Count::id)
                .containsExactly("vpn-nat-troubleshooting", "unmet-docker-needs-wsl2");
    }

    @Test
    void aRuleThatWordsItsWarningPerHostShowsTheCommonestWordingAndTheOthers() {
        FleetSummary summary = new FleetSummary(10);
        for (int i = 1; i <= 3; i++) {
            summary.add(
                    advised(
                            i,
                            "WSL2",
                            false,
                            List.of(),
                            List.of(
                                    new HostFinding(
                                            "vbox", "VirtualBox 7.0 is slow.", "Update.", "s")),
                            null,
                            PRO_19045));
        }
        // Two installs warned about on one host: the host counts once.
        summary.add(
                advised(
                        4,
                        "WSL2",
                        false,
                        List.of(),
                        List.of(
                                new HostFinding("vbox", "VirtualBox 6.0 fails.", "Update.", "s"),
                                new HostFinding("vbox", "VirtualBox 7.0 is slow.", "Update.", "s")),
                        null,
                        PRO_19045));

        FleetReport.Group g = summary.report(1).warnings().get(0);
        assertThat(g.hosts()).isEqualTo(4);
        assertThat(g.message()).isEqualTo("VirtualBox 7.0 is slow.");
        assertThat(g.otherMessages())
                .containsExactly(new FleetReport.Variant("VirtualBox 6.0 fails.", "Update.", 1));
    }

    @Test
    void outcomesAreCountedByBuildOldestFirstAndByEditionMostHostsFirst() {
        FleetSummary summary = new FleetSummary(10);
        summary.add(
                advised(
                        1,
                        "WSL2",
                        false,
                        List.of(),
                        List.of(),
                        null,
                        new HostTraits(5, "Home", 22631, "23H2")));
        summary.add(advised(2, "WSL2", true, List.of(VMP), List.of(), null, PRO_19045));
        summary.add(advised(3, "WSL1", false, List.of(), List.of(), null, PRO_19045));
        summary.add(HostResult.failed(4, null, "line 4: bad"));
        summary.add(HostResult.blank(5));

        FleetReport r = summary.report(1);
        assertThat(r.byBuild())
                .extracting(FleetReport.BuildRow::label)
                .containsExactly("19045 (22H2)", "22631 (23H2)", "not given");
        assertThat(r.byBuild().get(0).outcomes())
                .containsEntry("wsl2Blocked", 1L)
                .containsEntry("wsl1", 1L)
                .containsEntry("wsl2Ready", 0L);
        assertThat(r.byEdition())
                .extracting(FleetReport.EditionRow::label)
                .containsExactly("Pro", "Home", "not given");
        assertThat(r.outcomes()).containsEntry("inputErrors", 1L).containsEntry("wsl2Ready", 1L);
        assertThat(r.outcomes().values().stream().mapToLong(Long::longValue).sum())
                .as("blank lines are no hosts")
                .isEqualTo(4);
        assertThat(r.inputErrors())
                .containsExactly(new FleetReport.InputError(4, null, "line 4: bad"));
    }

    @Test
    void unknownFactsAreRankedByHostsWithHowToFindThemOut() {
        FleetSummary summary = new FleetSummary(10);
        summary.add(
                advised(
                        1,
                        "WSL2",
                        false,
                        List.of(),
                        List.of(),
                        List.of("host.hardware.virtualizationFirmwareEnabled", "answers.docker"),
                        PRO_19045));
        summary.add(
                advised(
                        2,
                        "WSL2",
                        false,
                        List.of(),
                        List.of(),
                        List.of("host.hardware.virtualizationFirmwareEnabled"),
                        PRO_19045));

        FleetReport r = summary.report(1);
        assertThat(r.unknownWorkedOut()).isTrue();
        assertThat(r.findOutNext())
                .extracting(FleetReport.UnknownFact::fact)
                .containsExactly("host.hardware.virtualizationFirmwareEnabled", "answers.docker");
        FleetReport.UnknownFact top = r.findOutNext().get(0);
        assertThat(top.hosts()).isEqualTo(2);
        assertThat(top.hostIds()).containsExactly("pc-1", "pc-2");
        assertThat(top.howToFindOut()).contains("wsl-advisor probe");
        assertThat(top.about()).isNotBlank();
        assertThat(r.findOutNext().get(1).howToFindOut()).contains("wsl-advisor ask");
    }

    @Test
    void memoryStaysBoundedWhateverIdsAndEditionsARecordsFileHolds() {
        FleetSummary summary = new FleetSummary(2);
        for (int i = 0; i < GroupCounter.MAX_GROUPS + 50; i++) {
            summary.add(
                    advised(
                            i,
                            "WSL2",
                            true,
                            List.of(new HostFinding("id-" + i, "m" + i, "f", "s")),
                            List.of(),
                            null,
                            new HostTraits(3, "Edition " + i, 10000 + i, null)));
        }
        FleetReport r = summary.report(1);
        assertThat(r.blockers()).hasSize(GroupCounter.MAX_GROUPS);
        assertThat(r.byEdition()).hasSize(OutcomeTable.MAX_KEYS + 1);
        assertThat(r.byEdition().get(OutcomeTable.MAX_KEYS).label()).isEqualTo("other editions");
        assertThat(r.byEdition().get(OutcomeTable.MAX_KEYS).hosts())
                .isEqualTo(GroupCounter.MAX_GROUPS + 50 - OutcomeTable.MAX_KEYS);
        assertThat(r.byBuild().get(OutcomeTable.MAX_KEYS).label()).isEqualTo("other builds");
    }
}
