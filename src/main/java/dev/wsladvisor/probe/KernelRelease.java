package dev.wsladvisor.probe;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Linux kernel release string ({@code uname -r}) says about WSL. WSL's own test is a
 * capital-M "Microsoft" for WSL1 (lxcore fakes a 4.4 kernel and puts the Windows build in it:
 * {@code 4.4.0-19041-Microsoft}); WSL2 kernels end in {@code -microsoft-standard} (4.19) or {@code
 * -microsoft-standard-WSL2} (5.x and later). A self-built kernel may drop the suffix, and then the
 * release tells nothing.
 */
public record KernelRelease(String release, Kind kind) {
    public enum Kind {
        WSL1,
        WSL2,
        OTHER
    }

    private static final Pattern WSL1_BUILD =
            Pattern.compile("^\\d+\\.\\d+\\.\\d+-(\\d{4,5})-Microsoft");
    private static final Pattern WSL2_VERSION = Pattern.compile("^(.+?)-microsoft-standard");

    public static KernelRelease of(String release) {
        String r = release.strip();
        if (r.contains("Microsoft")) {
            return new KernelRelease(r, Kind.WSL1);
        }
        if (r.contains("-microsoft-standard")) {
            return new KernelRelease(r, Kind.WSL2);
        }
        return new KernelRelease(r, Kind.OTHER);
    }

    /**
     * The WSL2 kernel version as {@code wsl --version} would print it: the part before {@code
     * -microsoft}.
     */
    public String wsl2KernelVersion() {
        Matcher m = WSL2_VERSION.matcher(release);
        return kind == Kind.WSL2 && m.find() ? m.group(1) : null;
    }

    /** The Windows build that a WSL1 release string carries, or {@code null}. */
    public Integer windowsBuild() {
        Matcher m = WSL1_BUILD.matcher(release);
        return kind == Kind.WSL1 && m.find() ? Ints.parse(m.group(1)) : null;
    }

    /**
     * Writes what the release tells: WSL is installed, the kernel version, the Windows build, and a
     * note on which WSL runs.
     */
    public void fill(String where, ProbeResult out) {
        switch (kind) {
            case WSL1 -> {
                out.fill("host.wsl.installed", true, where);
                fillCurrentDistribution(1, where, out);
                // Weak: Windows 10 22H2 (19045) still reports its base build 19041 here, so it
                // never replaces a build known otherwise.
                if (!out.has("host.os.build")) {
                    out.fill("host.os.build", windowsBuild(), where);
                }
                out.note(
                        where
                                + ": the distribution runs under WSL1 (kernel release '"
                                + release
                                + "').");
            }
            case WSL2 -> {
                out.fill("host.wsl.installed", true, where);
                fillCurrentDistribution(2, where, out);
                out.fill("host.wsl.kernelVersion", wsl2KernelVersion(), where);
                out.note(
                        where
                                + ": the distribution runs under WSL2 (kernel release '"
                                + release
                                + "').");
            }
            default ->
                    out.note(
                            where
                                    + ": kernel release '"
                                    + WslVersionParser.shorten(release)
                                    + "' has no Microsoft suffix: "
                                    + "either this is not WSL, or a custom WSL2 kernel hides it.");
        }
    }

    /**
     * The distribution this release came from runs this WSL version: {@code
     * host.wsl.currentDistribution}. Its name is not in the release; the live probe adds it from
     * {@code WSL_DISTRO_NAME}.
     */
    private void fillCurrentDistribution(int version, String where, ProbeResult out) {
        out.fill("host.wsl.currentDistribution.version", version, where);
        out.fill("host.wsl.currentDistribution.kernelRelease", release, where);
    }
}
