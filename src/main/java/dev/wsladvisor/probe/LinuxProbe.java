package dev.wsladvisor.probe;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Finds the facts from inside Linux. Inside WSL: which WSL runs this distribution (from the kernel
 * release), its name, the distribution's release and whether systemd is PID 1, then the Windows
 * side through interop when it is reachable. On a Linux that is not WSL there are no Windows facts
 * to find, and it says so.
 */
public final class LinuxProbe {
    static final String OSRELEASE = "/proc/sys/kernel/osrelease";
    static final String PROC_VERSION = "/proc/version";
    static final String OS_RELEASE = "/etc/os-release";
    static final String SYSTEMD = "/run/systemd/system";
    static final String WSL_INTEROP_BINFMT = "/proc/sys/fs/binfmt_misc/WSLInterop";

    private final LinuxHost host;
    private final CommandRunner runner;

    public LinuxProbe(LinuxHost host, CommandRunner runner) {
        this.host = host;
        this.runner = runner;
    }

    /**
     * @return whether this Linux is a WSL distribution
     */
    public boolean probe(ProbeResult out) {
        Map<String, String> env = host.environment();
        Kernel found = kernel();
        KernelRelease kernel = found.release();
        String distro = env.get("WSL_DISTRO_NAME");
        boolean wslSigns =
                distro != null || env.containsKey("WSL_INTEROP") || host.exists(WSL_INTEROP_BINFMT);
        if (kernel.kind() == KernelRelease.Kind.OTHER && !wslSigns) {
            return false;
        }
        String where = found.source();
        if (distro != null) {
            out.fill("host.wsl.currentDistribution.name", distro, "environment: WSL_DISTRO_NAME");
        }
        if (kernel.kind() == KernelRelease.Kind.OTHER) {
            // A custom kernel hides WSL1 or WSL2, but the release is still what this distribution
            // runs.
            if (!kernel.release().isBlank()) {
                out.fill("host.wsl.currentDistribution.kernelRelease", kernel.release(), where);
            }
            out.fill(
                    "host.wsl.installed",
                    true,
                    distro != null ? "environment: WSL_DISTRO_NAME" : "environment: WSL interop");
            out.note(
                    where
                            + ": kernel release '"
                            + kernel.release()
                            + "' has no Microsoft suffix although this is WSL: "
                            + "a custom kernel hides whether it is WSL1 or WSL2 (WSL_INTEROP set suggests WSL2).");
        } else {
            kernel.fill(where, out);
        }
        if (distro != null) {
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            ObjectNode entry = list.addObject().put("name", distro);
            if (kernel.kind() != KernelRelease.Kind.OTHER) {
                entry.put("version", kernel.kind() == KernelRelease.Kind.WSL1 ? 1 : 2);
            }
            entry.put("state", "Running");
            out.fill("host.wsl.distributions", list, "environment: WSL_DISTRO_NAME, " + where);
        }
        byte[] osRelease = host.read(OS_RELEASE);
        if (osRelease != null) {
            OsReleaseParser.parse(SourceText.ofFile(OS_RELEASE, osRelease), out);
        }
        out.note(
                (distro == null ? "This distribution" : "Distribution " + distro)
                        + ": systemd "
                        + (host.exists(SYSTEMD) ? "is" : "is not")
                        + " running as PID 1 ("
                        + SYSTEMD
                        + ").");
        windowsSide(env, out);
        return true;
    }

    private void windowsSide(Map<String, String> env, ProbeResult out) {
        List<String> ver = List.of("cmd.exe", "/c", "ver");
        CommandResult result = runner.run(ver, Map.of(), WindowsProbe.TIMEOUT);
        if (!result.completed()) {
            out.note(
                    "Windows is not reachable through interop ("
                            + result.problem()
                            + "), so the Windows facts stay unknown: "
                            + "run 'wsl-advisor probe' on Windows, or save the outputs listed in docs/probe.md and use --replay.");
            return;
        }
        VerParser.parse(SourceText.ofCommand("cmd.exe /c ver", result.stdout()), out);
        new WindowsProbe(runner, env, true).probe(out);
    }

    /** The kernel release and the file it was read from. */
    private record Kernel(KernelRelease release, String source) {}

    /**
     * uname's release when it names a WSL kernel, else /proc/version's when that does, else uname's
     * as it is.
     */
    private Kernel kernel() {
        byte[] uname = host.read(OSRELEASE);
        String unameSource = OSRELEASE + ":1 (uname -r)";
        KernelRelease fromUname = KernelRelease.of(uname == null ? "" : TextDecoder.decode(uname));
        if (fromUname.kind() != KernelRelease.Kind.OTHER) {
            return new Kernel(fromUname, unameSource);
        }
        byte[] proc = host.read(PROC_VERSION);
        KernelRelease fromProc =
                KernelRelease.of(
                        ProcVersionParser.release(
                                proc == null ? "" : TextDecoder.decode(proc).strip()));
        if (fromProc.kind() != KernelRelease.Kind.OTHER) {
            return new Kernel(fromProc, PROC_VERSION + ":1");
        }
        return new Kernel(fromUname, uname != null ? unameSource : PROC_VERSION + ":1");
    }
}
