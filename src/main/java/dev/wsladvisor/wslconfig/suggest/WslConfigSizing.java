package dev.wsladvisor.wslconfig.suggest;

import dev.wsladvisor.facts.HostOs;
import dev.wsladvisor.facts.Version;

/**
 * The conditions behind the suggestion rules, kept here so the rules read like their criteria and
 * the conditions can be tested on their own. No sizing arithmetic lives here any more: every number
 * a suggestion writes must come from a public source named with it, and WSL's own defaults (half
 * the RAM, a quarter of that as swap, every processor) have none that says to change them.
 */
public final class WslConfigSizing {

    /** Mirrored networking, DNS tunneling and the Hyper-V firewall need Windows 11 22H2 ... */
    public static final int MIRRORED_MIN_BUILD = 22621;

    /**
     * ... with its servicing update: the footnote of
     * https://learn.microsoft.com/en-us/windows/wsl/networking names build 22621.2359.
     */
    public static final int MIRRORED_MIN_REVISION = 2359;

    private WslConfigSizing() {}

    /**
     * True when the build is known to be at least Windows 11 22H2; see {@link #mirroredSupportedOn}
     * for the rest.
     */
    public static boolean supportsMirrored(Integer build) {
        return build != null && build >= MIRRORED_MIN_BUILD;
    }

    /**
     * Mirrored networking is for Windows 11 22H2 with its servicing update, never Windows Server:
     * Server 2025 (26100) passes WSL's checks, then fails to set it up and falls back to networking
     * mode None (https://github.com/microsoft/WSL/issues/12442,
     * https://github.com/microsoft/WSL/issues/40439).
     */
    public static boolean mirroredSupportedOn(HostOs os) {
        return os != null
                && supportsMirrored(os.getBuild())
                && !os.isServer()
                && !os.buildBelow(MIRRORED_MIN_BUILD, MIRRORED_MIN_REVISION);
    }

    /**
     * False only when {@code version} is definitely older than {@code min}, compared as the host
     * rules compare it ({@link Version}): an unknown version, or one too partial to tell (2.1
     * against 2.1.5), never blocks a suggestion.
     */
    public static boolean wslAtLeast(String version, String min) {
        return Version.parse(version).map(v -> !v.olderThan(min)).orElse(true);
    }
}
