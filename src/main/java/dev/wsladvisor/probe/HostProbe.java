package dev.wsladvisor.probe;

import java.util.Locale;
import java.util.Map;

/**
 * Picks the probe for the machine it runs on: Windows, Linux (which may be a WSL distribution), or
 * anything else. The operating system name and the machine are passed in so tests can play any of
 * them.
 */
public final class HostProbe {
    private final String osName;
    private final CommandRunner runner;
    private final LinuxHost linux;

    public HostProbe(String osName, CommandRunner runner, LinuxHost linux) {
        this.osName = osName == null ? "" : osName;
        this.runner = runner;
        this.linux = linux;
    }

    /**
     * This machine, with real commands: its operating system's name and environment as the caller
     * read them.
     */
    public static HostProbe local(String osName, Map<String, String> environment) {
        return new HostProbe(osName, new ProcessCommandRunner(), LinuxHost.real(environment));
    }

    /**
     * What a probe found.
     *
     * @param notHere when this machine is neither Windows nor WSL, the message saying so; otherwise
     *     {@code null}
     */
    public record Outcome(ProbeResult result, String notHere) {}

    public Outcome probe() {
        ProbeResult out = new ProbeResult();
        String os = osName.toLowerCase(Locale.ROOT);
        String notHere = null;
        if (os.startsWith("windows")) {
            new WindowsProbe(runner, linux.environment(), false).probe(out);
        } else if (os.contains("linux")) {
            if (!new LinuxProbe(linux, runner).probe(out)) {
                notHere =
                        notHere(
                                "Linux, but not WSL (no Microsoft kernel release, no WSL_DISTRO_NAME)");
            }
        } else {
            notHere =
                    notHere(
                            (osName.isEmpty() ? "an unknown operating system" : osName)
                                    + ", not Windows or WSL");
        }
        if (notHere != null) {
            out.note(notHere);
        }
        return new Outcome(out, notHere);
    }

    private static String notHere(String what) {
        return "This machine runs "
                + what
                + ": there are no Windows host facts to probe here. "
                + "Run 'wsl-advisor probe' on the Windows PC or inside one of its WSL distributions, or capture the outputs "
                + "listed in docs/probe.md there and run 'wsl-advisor probe --replay DIR'.";
    }
}
