package dev.wsladvisor.rules;

import static dev.wsladvisor.support.AdviceIds.blocker;
import static dev.wsladvisor.support.AdviceIds.reason;
import static dev.wsladvisor.support.AdviceIds.reasons;
import static dev.wsladvisor.support.AdviceIds.warning;
import static dev.wsladvisor.support.AdviceIds.warnings;
import static dev.wsladvisor.support.RuleFixture.advise;
import static dev.wsladvisor.support.RuleFixture.fire;
import static dev.wsladvisor.support.RuleFixture.fired;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.advice.Advice;
import dev.wsladvisor.support.RuleFixture.Fired;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** rules/coexistence.drl: other hypervisors and Docker Desktop beside WSL. */
class CoexistenceRulesTest {

    private static final List<String> VIRTUALBOX_VERSION_RULES =
            List.of(
                    "virtualbox-before-6.0-clashes-with-wsl2",
                    "virtualbox-6.0-hyper-v-experimental",
                    "virtualbox-6.1-nem-unreliable",
                    "virtualbox-7-nem-slower",
                    "virtualbox-version-undecided");

    private static String virtualBox(String version, String answers) {
        String vb = version == null ? "{}" : "{'version':'" + version + "'}";
        return "{'host':{'software':{'virtualBox':" + vb + "}},'answers':{" + answers + "}}";
    }

    private static String vmware(String version, String os) {
        return "{'host':{'os':{"
                + os
                + "},'software':{'vmware':{'product':'Workstation Pro','version':'"
                + version
                + "'}}}}";
    }

    // ---- VirtualBox

    @Test
    void virtualBox60WarnsOnlyWhenWsl2IsRecommended() {
        Advice wsl2 = advise(virtualBox("6.0.24", ""));
        assertThat(wsl2.recommendation()).isEqualTo("WSL2");
        assertThat(warning(wsl2, "virtualbox-6.0-hyper-v-experimental").message())
                .contains("VirtualBox 6.0.24");
        assertThat(warning(wsl2, "virtualbox-6.0-hyper-v-experimental").facts())
                .containsExactly("host.software.virtualBox.version = 6.0.24");

        Advice wsl1 = advise(virtualBox("6.0.24", "'serialPort':true"));
        assertThat(wsl1.recommendation()).isEqualTo("WSL1");
        assertThat(warnings(wsl1)).doesNotContain("virtualbox-6.0-hyper-v-experimental");
        assertThat(fired(virtualBox("6.0.24", "'serialPort':true")))
                .contains("virtualbox-6.0-hyper-v-experimental");
    }

    static Stream<Arguments> virtualBoxVersions() {
        return Stream.of(
                Arguments.of("5.2.44", "virtualbox-before-6.0-clashes-with-wsl2"),
                Arguments.of("6.0", "virtualbox-6.0-hyper-v-experimental"),
                Arguments.of("6.0.24", "virtualbox-6.0-hyper-v-experimental"),
                Arguments.of("6.1.50", "virtualbox-6.1-nem-unreliable"),
                Arguments.of("6.1.x", "virtualbox-6.1-nem-unreliable"),
                Arguments.of("7.0.14r161095", "virtualbox-7-nem-slower"),
                Arguments.of("7", "virtualbox-7-nem-slower"),
                Arguments.of("7.2.4", "virtualbox-7-nem-slower"),
                Arguments.of("6", "virtualbox-version-undecided"),
                Arguments.of(null, "virtualbox-version-undecided"));
    }

    @ParameterizedTest(name = "VirtualBox {0} -> {1}")
    @MethodSource("virtualBoxVersions")
    void eachVirtualBoxVersionGetsExactlyOneVersionWarning(String version, String expected) {
        Set<String> ids = fired(virtualBox(version, ""));
        assertThat(ids.stream().filter(VIRTUALBOX_VERSION_RULES::contains))
                .containsExactly(expected);
    }

    @Test
    void partialVirtualBoxVersionSaysTheVersionIsNotEnoughToDecide() {
        Fired outcome = fire(virtualBox("6", ""));
        assertThat(outcome.warning("virtualbox-version-undecided").getMessage())
                .contains("VirtualBox 6")
                .contains("not enough to decide");
        Fired noVersion = fire(virtualBox(null, ""));
        assertThat(noVersion.warning("virtualbox-version-undecided").getMessage())
                .contains("VirtualBox (version unknown)");
    }

    @Test
    void oldVirtualBoxWithVmsToKeepIsAFrictionWhoseWorkaroundIsTheUpgrade() {
        Advice advice = advise(virtualBox("6.0.24", "'otherHypervisorVms':true"));
        assertThat(advice.recommendation()).isEqualTo("WSL2");
        assertThat(warning(advice, "workaround-old-virtualbox-vms-favor-wsl1").fix())
                .contains("Upgrade VirtualBox");
        Advice.ReasonItem old = reason(advice, "old-virtualbox-vms-favor-wsl1");
        assertThat(old.favors()).isEqualTo("WSL1");
        assertThat(old.weight()).isBetween(10, 60);
        assertThat(old.explanation()).contains("VirtualBox 6.0.24");
        assertThat(old.facts())
                .containsExactly(
                        "host.software.virtualBox.version = 6.0.24",
                        "answers.otherHypervisorVms = true");
        assertThat(reason(advice, "other-vms-favor-wsl1").weight()).isBetween(10, 60);
    }

    @Test
    void currentVirtualBoxWithVmsToKeepOnlyLeansToWsl1() {
        Fired outcome = fire(virtualBox("7.1.4", "'otherHypervisorVms':true"));
        assertThat(outcome.ids())
                .contains("other-vms-favor-wsl1")
                .doesNotContain("old-virtualbox-vms-favor-wsl1");
    }

    @Test
    void vmsToKeepWithoutAnyHypervisorVersionAskToCheckIt() {
        Fired none = fire("{'answers':{'otherHypervisorVms':true}}");
        assertThat(none.ids()).contains("other-vms-check-hypervisor-version");
        Fired withVirtualBox = fire(virtualBox("7.1.4", "'otherHypervisorVms':true"));
        assertThat(withVirtualBox.ids()).doesNotContain("other-vms-check-hypervisor-version");
    }

    @Test
    void noVmsToKeepMeansNoReasonToPreferWsl1() {
        Fired no = fire(virtualBox("5.2.44", "'otherHypervisorVms':false"));
        assertThat(no.ids())
                .doesNotContain("other-vms-favor-wsl1", "old-virtualbox-vms-favor-wsl1");
        Fired unknown = fire(virtualBox("5.2.44", ""));
        assertThat(unknown.ids())
                .doesNotContain("other-vms-favor-wsl1", "old-virtualbox-vms-favor-wsl1");
    }

    @Test
    void nothingInstalledAndNothingAnsweredStaysSilent() {
        Fired empty = fire("{}");
        assertThat(empty.ids())
                .noneMatch(
                        id ->
                                id.startsWith("virtualbox")
                                        || id.startsWith("vmware")
                                        || id.startsWith("docker-desktop")
                                        || id.contains("hypervisor")
                                        || id.startsWith("haxm")
                                        || id.startsWith("aehd")
                                        || id.startsWith("bluestacks"));
        assertThat(empty.ids()).doesNotContain("other-vms-favor-wsl1");
    }

    // ---- VMware

    @Test
    void vmwareOlderThan1555ClashesWithWsl2AndFavorsWsl1WhenItsVmsAreKept() {
        Fired outcome = fire(vmware("15.5.1", ""));
        assertThat(outcome.warning("vmware-before-15.5.5-clashes-with-wsl2").getMessage())
                .contains("VMware Workstation Pro 15.5.1");
        assertThat(outcome.ids()).doesNotContain("vmware-host-vbs-mode-limits");

        Advice keep =
                advise(
                        "{'host':{'software':{'vmware':{'version':'15.5.1'}}},'answers':{'otherHypervisorVms':true}}");
        assertThat(keep.recommendation()).isEqualTo("WSL2");
        assertThat(reason(keep, "old-vmware-vms-favor-wsl1").favors()).isEqualTo("WSL1");
        assertThat(keep.nextSteps()).anyMatch(step -> step.contains("15.5.5 or later"));
    }

    @Test
    void vmware1555AndLaterRunInHostVbsModeWithLimits() {
        for (String version : List.of("15.5.5", "16", "17.5.2")) {
            Set<String> ids = fired(vmware(version, ""));
            assertThat(ids)
                    .as(version)
                    .contains("vmware-host-vbs-mode-limits")
                    .doesNotContain(
                            "vmware-before-15.5.5-clashes-with-wsl2", "vmware-version-undecided");
        }
    }

    @Test
    void partialVmwareVersionSaysTheVersionIsNotEnoughToDecide() {
        for (String version : List.of("15", "15.5")) {
            Set<String> ids = fired(vmware(version, ""));
            assertThat(ids)
                    .as(version)
                    .contains("vmware-version-undecided")
                    .doesNotContain(
                            "vmware-host-vbs-mode-limits",
                            "vmware-before-15.5.5-clashes-with-wsl2");
        }
    }

    @Test
    void vmwareOnTheWindowsHypervisorNeedsBuild19041Revision264() {
        String id = "vmware-hyper-v-mode-needs-19041-264";
        assertThat(fire(vmware("16.2.5", "'build':19041,'revision':208")).warning(id).getMessage())
                .contains("19041.208");
        assertThat(fired(vmware("16.2.5", "'build':18363,'revision':1049"))).contains(id);
        assertThat(fired(vmware("16.2.5", "'build':19041,'revision':264"))).doesNotContain(id);
        assertThat(fired(vmware("16.2.5", "'build':19045"))).doesNotContain(id);
        assertThat(fired(vmware("16.2.5", "'build':19041"))).doesNotContain(id);
        assertThat(fired(vmware("16.2.5", ""))).doesNotContain(id);
    }

    private static String vmwareBeside1909(String version) {
        return "{'host':{'os':{'edition':'Pro','build':18363,'revision':1049},'features':{'virtualMachinePlatform':'enabled'},"
                + "'hardware':{'hypervisorPresent':true},'software':{'vmware':{'product':'Workstation Pro','version':'"
                + version
                + "'}}},"
                + "'answers':{'otherHypervisorVms':true,'projectLocation':'linux'}}";
    }

    @Test
    void vmwareThatCannotRunBesideWsl2WeighsTheSameWhetherItIsTooOldOrWindowsIs() {
        Advice oldVmware = advise(vmwareBeside1909("15.5.4"));
        Advice newVmware = advise(vmwareBeside1909("16.2.1"));
        assertThat(oldVmware.recommendation()).isEqualTo("WSL2");
        assertThat(newVmware.recommendation()).isEqualTo("WSL2");
        assertThat(reason(newVmware, "vmware-vms-on-old-windows-favor-wsl1").weight())
                .isEqualTo(reason(oldVmware, "old-vmware-vms-favor-wsl1").weight());
        assertThat(reasons(newVmware)).doesNotContain("old-vmware-vms-favor-wsl1");
        assertThat(reasons(oldVmware)).doesNotContain("vmware-vms-on-old-windows-favor-wsl1");
        assertThat(warning(newVmware, "workaround-vmware-vms-on-old-windows-favor-wsl1").fix())
                .contains("19041.264");

        String current =
                vmwareBeside1909("16.2.1")
                        .replace("'build':18363,'revision':1049", "'build':19045,'revision':4894");
        assertThat(fired(current)).doesNotContain("vmware-vms-on-old-windows-favor-wsl1");
    }

    @Test
    void vmwareOnWindowsTooOldForItsHyperVModeIsNotSaidToRunInHostVbsMode() {
        Set<String> tooOld = fired(vmware("16.2.1", "'build':18363,'revision':1049"));
        assertThat(tooOld)
                .contains("vmware-hyper-v-mode-needs-19041-264")
                .doesNotContain("vmware-host-vbs-mode-limits");
        assertThat(fired(vmware("16.2.1", "'build':19041,'revision':264")))
                .contains("vmware-host-vbs-mode-limits")
                .doesNotContain("vmware-hyper-v-mode-needs-19041-264");
    }

    // ---- Android emulators, BlueStacks, others

    @Test
    void haxmAndAehdPointToTheWindowsHypervisorPlatform() {
        String json =
                "{'host':{'features':{'windowsHypervisorPlatform':'disabled'},'software':{'otherHypervisors':['HAXM','aehd']}}}";
        Advice advice = advise(json);
        assertThat(advice.recommendation()).isEqualTo("WSL2");
        assertThat(warning(advice, "haxm-conflicts-with-hyper-v").fix())
                .contains("HypervisorPlatform");
        assertThat(warning(advice, "aehd-conflicts-with-hyper-v").message()).contains("2026-12-31");
        assertThat(advice.nextSteps()).anyMatch(s -> s.contains("/featurename:HypervisorPlatform"));

        Advice enabled = advise(json.replace("disabled", "enabled"));
        assertThat(enabled.nextSteps())
                .noneMatch(s -> s.contains("/featurename:HypervisorPlatform"));
    }

    @Test
    void aehdWarnsEvenWhenWsl1IsRecommended() {
        Advice advice =
                advise(
                        "{'host':{'software':{'virtualBox':{'version':'5.2.44'},'otherHypervisors':['aehd','haxm']}},"
                                + "'answers':{'otherHypervisorVms':true,'serialPort':true}}");
        assertThat(advice.recommendation()).isEqualTo("WSL1");
        assertThat(warnings(advice))
                .contains("aehd-conflicts-with-hyper-v")
                .doesNotContain("haxm-conflicts-with-hyper-v");
        assertThat(advice.nextSteps()).noneMatch(s -> s.contains("HypervisorPlatform"));
    }

    @Test
    void bluestacksAndUnknownHypervisorsGetASoftWarning() {
        Advice advice =
                advise("{'host':{'software':{'otherHypervisors':['bluestacks','Genymotion']}}}");
        assertThat(warnings(advice)).contains("bluestacks-hyper-v-uncertain");
        assertThat(warning(advice, "other-hypervisor-conflicts-with-wsl2").message())
                .contains("genymotion");
        assertThat(
                        advice.warnings().stream()
                                .filter(w -> w.id().equals("other-hypervisor-conflicts-with-wsl2")))
                .hasSize(1);
    }

    // ---- Docker Desktop

    private static String docker(String backend, String wslVersion, String answers) {
        String wsl =
                wslVersion == null
                        ? ""
                        : ",'wsl':{'installed':true,'packageVersion':'" + wslVersion + "'}";
        return "{'host':{'software':{'dockerDesktop':{'version':'4.30.0','backend':'"
                + backend
                + "'}}"
                + wsl
                + "},"
                + "'answers':{"
                + answers
                + "}}";
    }

    @Test
    void dockerDesktopOnOldWslBlocksAStatedDockerNeed() {
        Advice advice = advise(docker("wsl2", "2.0.9.0", "'docker':true"));
        assertThat(advice.recommendation()).isEqualTo("WSL2");
        assertThat(advice.blocked()).isTrue();
        Advice.BlockerItem b = blocker(advice, "docker-desktop-needs-wsl-2.1.5");
        assertThat(b.message()).contains("2.0.9.0");
        assertThat(b.fix()).contains("wsl --update");
        assertThat(warnings(advice)).doesNotContain("docker-desktop-old-wsl");
    }

    @Test
    void dockerDesktopOnOldWslOnlyWarnsWithoutAStatedDockerNeed() {
        Fired outcome = fire(docker("wsl2", "2.0.9.0", ""));
        assertThat(outcome.ids()).doesNotContain("docker-desktop-needs-wsl-2.1.5");
        assertThat(outcome.ids()).contains("docker-desktop-old-wsl");
    }

    @Test
    void dockerDesktopWslCheckStaysSilentWhenWslIsRecentUnknownOrUnused() {
        for (String json :
                List.of(
                        docker("wsl2", "2.1.5.0", "'docker':true"),
                        docker("wsl2", null, "'docker':true"),
                        docker("hyperv", "2.0.9.0", "'docker':true"))) {
            Fired outcome = fire(json);
            assertThat(outcome.ids()).as(json).doesNotContain("docker-desktop-needs-wsl-2.1.5");
            assertThat(outcome.ids()).as(json).doesNotContain("docker-desktop-old-wsl");
        }
    }

    @Test
    void dockerDesktopAsksToCheckAnUnknownOrInboxWslVersion() {
        String id = "docker-desktop-wsl-version-unknown";
        assertThat(
                        fired(
                                "{'host':{'wsl':{'installed':true},'software':{'dockerDesktop':{'backend':'wsl2'}}}}"))
                .contains(id);
        assertThat(fired(docker("wsl2", "2.3.26.0", ""))).doesNotContain(id);
        assertThat(fired("{'host':{'software':{'dockerDesktop':{'backend':'wsl2'}}}}"))
                .doesNotContain(id);
        assertThat(
                        fired(
                                "{'host':{'wsl':{'installed':true},'software':{'dockerDesktop':{'backend':'hyperv'}}}}"))
                .doesNotContain(id);
    }

    @Test
    void dockerDesktopNeedsWindows10Version22H2OrWindows11Version23H2() {
        String id = "docker-desktop-needs-windows-19045-or-22631";
        for (int build : new int[] {19044, 22000, 22621}) {
            assertThat(fired(osWithDocker("'build':" + build))).as("" + build).contains(id);
        }
        for (int build : new int[] {19045, 22631, 26100}) {
            assertThat(fired(osWithDocker("'build':" + build))).as("" + build).doesNotContain(id);
        }
        assertThat(fired(osWithDocker("'edition':'Pro'"))).doesNotContain(id);
    }

    @Test
    void aDockerNeedOnABuildDockerDesktopDoesNotSupportSaysSoBeforeItIsInstalled() {
        String id = "docker-need-desktop-needs-windows-19045-or-22631";
        Advice on1909 =
                advise(
                        "{'host':{'os':{'edition':'Pro','build':18363,'revision':1049}},'answers':{'docker':true}}");
        assertThat(on1909.recommendation()).isEqualTo("WSL2");
        assertThat(warning(on1909, id).message()).contains("18363.1049", "19045", "22631");
        assertThat(warning(on1909, id).fix()).contains("Docker Engine");
        assertThat(fired("{'host':{'os':{'build':22000}},'answers':{'docker':true}}")).contains(id);
        assertThat(fired("{'host':{'os':{'build':19045}},'answers':{'docker':true}}"))
                .doesNotContain(id);
        assertThat(fired("{'host':{'os':{'build':18363}},'answers':{'docker':false}}"))
                .doesNotContain(id);
        assertThat(fired("{'answers':{'docker':true}}")).doesNotContain(id);
        // Where no WSL can run (32-bit Windows), Docker Engine in WSL2 is no way out either.
        assertThat(
                        fired(
                                "{'host':{'os':{'edition':'Pro','build':17134,'architecture':'x86'}},"
                                        + "'answers':{'docker':true}}"))
                .doesNotContain(id);
        // Installed, the Docker Desktop rule speaks instead, naming the version.
        assertThat(
                        fired(
                                "{'host':{'os':{'build':18363},'software':{'dockerDesktop':{'version':'4.40.0'}}},"
                                        + "'answers':{'docker':true}}"))
                .contains("docker-desktop-needs-windows-19045-or-22631")
                .doesNotContain(id);
    }

    @Test
    void dockerDesktopOnArm64IsInEarlyAccess() {
        String id = "docker-desktop-arm64-early-access";
        assertThat(
                        fired(
                                "{'host':{'os':{'build':26100,'architecture':'arm64'},'software':{'dockerDesktop':{}}}}"))
                .contains(id);
        assertThat(
                        fired(
                                "{'host':{'os':{'build':26100,'architecture':'arm64'}},'answers':{'docker':true}}"))
                .contains(id);
        assertThat(
                        fired(
                                "{'host':{'os':{'build':26100,'architecture':'x64'},'software':{'dockerDesktop':{}}}}"))
                .doesNotContain(id);
        assertThat(fired("{'host':{'os':{'build':26100},'software':{'dockerDesktop':{}}}}"))
                .doesNotContain(id);
        assertThat(
                        fired(
                                "{'host':{'os':{'build':26100,'architecture':'arm64'}},'answers':{'docker':false}}"))
                .doesNotContain(id);
    }

    private static String osWithDocker(String os) {
        return "{'host':{'os':{"
                + os
                + "},'software':{'dockerDesktop':{'version':'4.40.0','backend':'wsl2'}}}}";
    }

    @Test
    void dockerDesktopHyperVBackendIsImpossibleOnHome() {
        String home =
                "{'host':{'os':{'edition':'Microsoft Windows 11 Home'},'software':{'dockerDesktop':{'backend':'hyperv'}}}}";
        assertThat(fired(home))
                .contains("docker-desktop-hyper-v-backend-on-home")
                .doesNotContain("docker-desktop-hyper-v-backend-needs-hyper-v");

        String proOff =
                "{'host':{'os':{'edition':'Pro'},'features':{'hyperV':'disabled'},'software':{'dockerDesktop':{'backend':'hyperv'}}}}";
        assertThat(fired(proOff))
                .contains("docker-desktop-hyper-v-backend-needs-hyper-v")
                .doesNotContain("docker-desktop-hyper-v-backend-on-home");

        String proOn = proOff.replace("disabled", "enabled");
        assertThat(fired(proOn))
                .doesNotContain(
                        "docker-desktop-hyper-v-backend-needs-hyper-v",
                        "docker-desktop-hyper-v-backend-on-home");

        String wsl2Backend = home.replace("hyperv", "wsl2");
        assertThat(fired(wsl2Backend)).doesNotContain("docker-desktop-hyper-v-backend-on-home");
    }

    @Test
    void hyperVBackendWhileWsl2IsRecommendedSuggestsTheWsl2Engine() {
        Advice advice = advise("{'host':{'software':{'dockerDesktop':{'backend':'hyperv'}}}}");
        assertThat(advice.recommendation()).isEqualTo("WSL2");
        assertThat(warnings(advice)).contains("docker-desktop-switch-to-wsl2-backend");
        assertThat(advice.nextSteps()).anyMatch(s -> s.contains("Use the WSL 2 based engine"));

        Advice wsl2Backend = advise("{'host':{'software':{'dockerDesktop':{'backend':'wsl2'}}}}");
        assertThat(warnings(wsl2Backend)).doesNotContain("docker-desktop-switch-to-wsl2-backend");
        assertThat(wsl2Backend.nextSteps())
                .noneMatch(s -> s.contains("Use the WSL 2 based engine"));
    }

    @Test
    void dockerDesktopIsNotSupportedOnWindowsServer() {
        String id = "docker-desktop-not-on-windows-server";
        assertThat(
                        warnings(
                                advise(
                                        "{'host':{'os':{'edition':'Windows Server 2022 Datacenter'},'software':{'dockerDesktop':{}}}}")))
                .containsOnlyOnce(id);
        assertThat(
                        warnings(
                                advise(
                                        "{'host':{'os':{'edition':'Windows Server 2022 Datacenter'},'software':{'dockerDesktop':{}}},'answers':{'docker':true}}")))
                .containsOnlyOnce(id);
        assertThat(
                        warnings(
                                advise(
                                        "{'host':{'os':{'edition':'Server','build':20348}},'answers':{'docker':true}}")))
                .contains(id);
        assertThat(
                        warnings(
                                advise(
                                        "{'host':{'os':{'edition':'Pro'},'software':{'dockerDesktop':{}}}}")))
                .doesNotContain(id);
        assertThat(
                        warnings(
                                advise(
                                        "{'host':{'os':{'edition':'Server'}},'answers':{'docker':false}}")))
                .doesNotContain(id);
    }

    @Test
    void dockerOnAWindowsServerThatCannotRunWsl2PointsToAnotherLinuxHost() {
        Advice server2019 =
                advise(
                        "{'host':{'os':{'edition':'Windows Server 2019 Datacenter','build':17763}},"
                                + "'answers':{'docker':true}}");
        assertThat(server2019.recommendation()).isEqualTo("WSL1");
        assertThat(warnings(server2019))
                .contains("docker-on-server-without-wsl2")
                .doesNotContain("docker-desktop-not-on-windows-server");
        assertThat(warning(server2019, "docker-on-server-without-wsl2").fix())
                .contains("remote Linux host")
                .doesNotContain("get.docker.com");

        // On Server 2022 it is the CPU that rules WSL2 out: moving to Server 2022 is no advice
        // there.
        Fired noSlat2022 =
                fire(
                        "{'host':{'os':{'edition':'Windows Server 2022 Datacenter','build':20348},"
                                + "'hardware':{'slat':false,'hypervisorPresent':false}},'answers':{'docker':true}}");
        assertThat(noSlat2022.warning("docker-on-server-without-wsl2").getFix())
                .contains("with a CPU that has SLAT")
                .doesNotContain("move the workload to Windows Server 2022");

        Fired server2022 =
                fire(
                        "{'host':{'os':{'edition':'Windows Server 2022 Datacenter','build':20348}},"
                                + "'answers':{'docker':true}}");
        assertThat(server2022.ids())
                .contains("docker-desktop-not-on-windows-server")
                .doesNotContain("docker-on-server-without-wsl2");
    }

    @Test
    void dockerDesktopWarningsWhoseFixIsDockerEngineInWsl2StaySilentWhereWsl2CannotRun() {
        Advice x86 =
                advise(
                        "{'host':{'os':{'build':19045,'architecture':'x86'},'hardware':{'memoryMb':2048,"
                                + "'isVirtualMachine':true,'vmHost':'azure'},'software':{'dockerDesktop':{}}}}");
        assertThat(warnings(x86))
                .doesNotContain("docker-desktop-needs-4gb", "docker-desktop-in-vm");
        Advice x64 =
                advise(
                        "{'host':{'os':{'build':19045,'architecture':'x64'},'hardware':{'memoryMb':2048,"
                                + "'isVirtualMachine':true,'vmHost':'azure'},'software':{'dockerDesktop':{}}}}");
        assertThat(warnings(x64)).contains("docker-desktop-needs-4gb", "docker-desktop-in-vm");
    }

    @Test
    void dockerDesktopHardwareNeeds() {
        assertThat(
                        fired(
                                "{'host':{'hardware':{'isVirtualMachine':true,'vmHost':'azure'},'software':{'dockerDesktop':{}}}}"))
                .contains("docker-desktop-in-vm");

        Fired small =
                fire("{'host':{'hardware':{'memoryMb':3072},'software':{'dockerDesktop':{}}}}");
        assertThat(small.warning("docker-desktop-needs-4gb").getMessage()).contains("3072 MB");

        Fired noSlat =
                fire(
                        "{'host':{'hardware':{'slat':false,'isVirtualMachine':false},'software':{'dockerDesktop':{}}}}");
        assertThat(noSlat.ids()).contains("docker-desktop-needs-slat");

        Fired fine =
                fire(
                        "{'host':{'hardware':{'memoryMb':16384,'slat':true,'isVirtualMachine':false},"
                                + "'software':{'dockerDesktop':{}}}}");
        assertThat(fine.ids())
                .doesNotContain(
                        "docker-desktop-in-vm",
                        "docker-desktop-needs-4gb",
                        "docker-desktop-needs-slat");

        Fired unknown = fire("{'host':{'software':{'dockerDesktop':{}}}}");
        assertThat(unknown.ids())
                .doesNotContain(
                        "docker-desktop-in-vm",
                        "docker-desktop-needs-4gb",
                        "docker-desktop-needs-slat");
    }

    @Test
    void everyCoexistenceRuleCarriesASourceAndFacts() {
        Fired all =
                fire(
                        "{'host':{'software':{'virtualBox':{'version':'6.0.1'},'vmware':{'version':'15.5.1'},"
                                + "'dockerDesktop':{'backend':'hyperv'},'otherHypervisors':['haxm','aehd','bluestacks','x']}},"
                                + "'answers':{'otherHypervisorVms':true}}");
        assertThat(all.warnings())
                .isNotEmpty()
                .allSatisfy(
                        w -> {
                            assertThat(w.getSource()).startsWith("https://");
                            assertThat(w.getFacts()).isNotEmpty();
                            assertThat(w.getFix()).isNotBlank();
                        });
        assertThat(all.reasons()).filteredOn(r -> r.getRule().contains("vms")).hasSize(3);
    }
}
