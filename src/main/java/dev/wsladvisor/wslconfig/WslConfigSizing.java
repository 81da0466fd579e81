package dev.wsladvisor.wslconfig;

import dev.wsladvisor.facts.Version;
/**
 * The arithmetic behind the suggestion rules, kept here so the rules read like their criteria and the numbers can
 * be tested on their own. Every method returns null when the suggestion would merely restate WSL's default.
 */
public final class WslConfigSizing {

    /** Mirrored networking, DNS tunneling and the Hyper-V firewall need Windows 11 22H2. */
    public static final int MIRRORED_MIN_BUILD = 22621;

    /** Windows itself wants about this much to stay responsive beside a busy VM. */
    static final int WINDOWS_RESERVE_MB = 6 * 1024;

    private WslConfigSizing() {
    }

    /** WSL's own default: half of the RAM. */
    public static int defaultMemoryMb(int hostMb) {
        return hostMb / 2;
    }

    /** WSL's own default swap: a quarter of the VM's memory, rounded up to a whole GB. */
    public static long defaultSwapMb(long vmMb) {
        long quarter = vmMb / 4;
        return (quarter + 1023) / 1024 * 1024;
    }

    /**
     * For Docker on a host with 16 GB or more: three quarters of the RAM, but always leaving Windows its reserve;
     * whole GB.
     */
    public static Integer dockerMemoryGb(Integer hostMb) {
        if (hostMb == null || hostMb < 16 * 1024) {
            return null;
        }
        int mb = Math.min(hostMb * 3 / 4, hostMb - WINDOWS_RESERVE_MB);
        return differsFromDefault(mb / 1024, hostMb);
    }

    /** When memory is scarce: a quarter of the RAM, at least 2 GB and at most 4 GB; whole GB. */
    public static Integer tightMemoryGb(Integer hostMb) {
        if (hostMb == null) {
            return null;
        }
        int gb = Math.max(2, Math.min(4, hostMb / 4 / 1024));
        if (gb * 1024 > hostMb - 1024) {
            return null;
        }
        return differsFromDefault(gb, hostMb);
    }

    private static Integer differsFromDefault(int gb, int hostMb) {
        return Math.abs(gb * 1024 - defaultMemoryMb(hostMb)) < 1024 ? null : gb;
    }

    /**
     * On a PC with less than 8 GB the VM gets under 4 GB and about 1 GB of swap; more swap keeps builds and
     * containers from being killed. As many GB as the RAM has, at most 4; null when the default is already that.
     */
    public static Integer smallHostSwapGb(Integer hostMb, Integer vmMb) {
        if (hostMb == null || hostMb >= 8 * 1024) {
            return null;
        }
        int gb = Math.max(1, Math.min(4, hostMb / 1024));
        long vm = vmMb != null ? vmMb : defaultMemoryMb(hostMb);
        return gb * 1024L > defaultSwapMb(vm) ? gb : null;
    }

    /** Leaves half of the processors to VirtualBox or VMware guests; null on hosts with two or fewer. */
    public static Integer processorsBesideOtherVms(Integer logical) {
        if (logical == null || logical <= 2) {
            return null;
        }
        return Math.max(2, logical / 2);
    }

    public static boolean supportsMirrored(Integer build) {
        return build != null && build >= MIRRORED_MIN_BUILD;
    }

    /**
     * False only when {@code version} is definitely older than {@code min}, compared as the host rules compare
     * it ({@link Version}): an unknown version, or one too partial to tell (2.1 against 2.1.5), never blocks a
     * suggestion.
     */
    public static boolean wslAtLeast(String version, String min) {
        return Version.parse(version).map(v -> !v.olderThan(min)).orElse(true);
    }

    public static String gb(int gb) {
        return gb + "GB";
    }
}
