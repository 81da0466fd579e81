package dev.wsladvisor.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * Why WSL2's virtual machine may fail to start, ranked by what this host's facts already say: a
 * cause the facts confirm comes first, then causes the facts make likely, then those the facts
 * leave open; causes the facts rule out are left out. Each cause says how a person checks it and
 * how to fix it. Present in working memory only when the person reported an error that shows the VM
 * failing ({@link ReportedError#stopsWsl2()}).
 *
 * <p>Sources: https://learn.microsoft.com/en-us/windows/wsl/troubleshooting (0x80370102: firmware
 * virtualization, Virtual Machine Platform, hypervisorlaunchtype, nested virtualization);
 * https://github.com/microsoft/WSL/issues/4951 (0x80370114: Exploit protection's Control Flow Guard
 * override on vmcompute.exe); https://github.com/microsoft/WSL/issues/5092 and
 * https://github.com/microsoft/WSL/issues/4120 (0x80004005 and "Catastrophic failure": an outdated
 * or broken WSL package, fixed by `wsl --update`).
 */
public final class VmStartDiagnosis extends FactSection {

    /** How strongly this host's facts point at a cause. */
    enum Standing {
        CONFIRMED,
        LIKELY,
        OPEN,
        RULED_OUT
    }

    private record Cause(Standing standing, String text) {}

    public VmStartDiagnosis(FactsDocument document) {
        super(document);
    }

    /**
     * A fact already shows why the VM cannot start, and another rule blocks on that fact with its
     * own fix: the error is then corroboration, not a blocker of its own.
     */
    public boolean isExplained() {
        Hardware h = document().hardware();
        return h.firmwareVirtualizationOff()
                || h.lacksNestedVirtualization()
                || h.lacksSlat()
                || document().features().virtualMachinePlatformNotInEffect()
                || hypervisorNotLaunched();
    }

    /**
     * The causes to check for an error of {@code kind} ({@link ErrorKind#id()}), most likely first,
     * numbered.
     */
    public String checksFor(String kind) {
        List<Cause> causes = causes("hyper-v-service-failed".equals(kind));
        StringBuilder out = new StringBuilder("Check these, most likely first: ");
        int n = 0;
        for (Standing standing : Standing.values()) {
            for (Cause c : causes) {
                if (c.standing() == standing && standing != Standing.RULED_OUT) {
                    out.append(n == 0 ? "" : " ")
                            .append('(')
                            .append(++n)
                            .append(") ")
                            .append(
                                    standing == Standing.CONFIRMED
                                            ? "[the facts show this] "
                                            : standing == Standing.LIKELY ? "[likely here] " : "")
                            .append(c.text());
                }
            }
        }
        return out.toString();
    }

    private List<Cause> causes(boolean hyperVService) {
        Hardware h = document().hardware();
        Features f = document().features();
        WslInstall wsl = document().wsl();
        List<Cause> out = new ArrayList<>();
        if (hyperVService) {
            out.add(
                    new Cause(
                            Standing.LIKELY,
                            "An Exploit protection override stops the Hyper-V compute service: check"
                                    + " `Get-Service vmcompute` (elevated) and Windows Security > App & browser control > Exploit protection >"
                                    + " Program settings for vmcompute.exe and vmwp.exe; fix: remove their 'Control flow guard (CFG)' override,"
                                    + " then `net start vmcompute` or restart."));
        }
        out.add(
                new Cause(
                        standing(
                                h.firmwareVirtualizationOff(),
                                Boolean.TRUE.equals(h.getVirtualizationFirmwareEnabled())
                                        || Boolean.TRUE.equals(h.getHypervisorPresent())
                                        || Boolean.TRUE.equals(h.getVirtualMachine())),
                        "Virtualization is off in the firmware: check Task Manager > Performance > CPU 'Virtualization', or"
                                + " `systeminfo` 'Virtualization Enabled In Firmware'; fix: turn on Intel VT-x / AMD SVM in the UEFI/BIOS setup."));
        boolean inVm = Boolean.TRUE.equals(h.getVirtualMachine());
        Standing nesting =
                standing(
                        h.lacksNestedVirtualization(),
                        Boolean.FALSE.equals(h.getVirtualMachine())
                                || Boolean.TRUE.equals(h.getNestedVirtualization()));
        // In a VM, this error almost always means the outer host does not pass virtualization
        // through.
        out.add(
                new Cause(
                        nesting == Standing.OPEN && inVm ? Standing.LIKELY : nesting,
                        "Windows runs in a VM whose host does not pass virtualization through: check `systeminfo` 'System Model';"
                                + " fix: turn on nested virtualization for this VM on its host (Hyper-V: `Set-VMProcessor -VMName <VMName>"
                                + " -ExposeVirtualizationExtensions $true`)."));
        String vmp = f.getVirtualMachinePlatform();
        out.add(
                new Cause(
                        standing(f.virtualMachinePlatformNotInEffect(), "enabled".equals(vmp)),
                        "Virtual Machine Platform is off or waits for a restart: check `Get-WindowsOptionalFeature -Online -FeatureName"
                                + " VirtualMachinePlatform` (elevated); fix: `dism.exe /online /enable-feature /featurename:VirtualMachinePlatform"
                                + " /all /norestart`, then restart."));
        out.add(
                new Cause(
                        standing(
                                hypervisorNotLaunched(),
                                Boolean.TRUE.equals(h.getHypervisorPresent())),
                        "The hypervisor does not launch at boot: check `bcdedit /enum | findstr -i hypervisorlaunchtype` (elevated);"
                                + " fix: if it says Off, `bcdedit /set hypervisorlaunchtype auto` and restart."));
        boolean otherHypervisor =
                document().products().stream()
                        .anyMatch(
                                p ->
                                        p.getName().equals("haxm")
                                                || p.getName().equals("aehd")
                                                || (p.getName().equals("virtualBox")
                                                        && p.olderThan("6.1"))
                                                || (p.getName().equals("vmware")
                                                        && p.olderThan("15.5.5")));
        out.add(
                new Cause(
                        otherHypervisor ? Standing.LIKELY : Standing.OPEN,
                        "Another hypervisor or a policy turned Hyper-V off (old VirtualBox or VMware, HAXM, a Device Guard policy):"
                                + " check `bcdedit /enum | findstr -i hypervisorlaunchtype` and `Get-Service vmcompute`; fix: update or"
                                + " remove that hypervisor, set hypervisorlaunchtype to auto, or ask IT about the policy."));
        boolean outdated =
                Boolean.TRUE.equals(wsl.getInstalled())
                        && (wsl.getPackageVersion() == null || wsl.packageOlderThan("2.0.0"));
        out.add(
                new Cause(
                        outdated ? Standing.LIKELY : Standing.OPEN,
                        "An outdated or broken WSL package: check `wsl --version` (it fails on the old inbox WSL); fix: `wsl --update`,"
                                + " or `wsl --update --web-download` where the Microsoft Store is blocked."));
        return out;
    }

    /**
     * Virtual Machine Platform on, the firmware allowing it, yet no hypervisor running on a
     * physical PC.
     */
    private boolean hypervisorNotLaunched() {
        Hardware h = document().hardware();
        return "enabled".equals(document().features().getVirtualMachinePlatform())
                && Boolean.TRUE.equals(h.getVirtualizationFirmwareEnabled())
                && Boolean.FALSE.equals(h.getHypervisorPresent())
                && !Boolean.TRUE.equals(h.getVirtualMachine());
    }

    private static Standing standing(boolean confirmed, boolean ruledOut) {
        return confirmed ? Standing.CONFIRMED : ruledOut ? Standing.RULED_OUT : Standing.OPEN;
    }
}
