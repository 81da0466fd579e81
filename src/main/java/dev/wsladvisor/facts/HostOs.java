package dev.wsladvisor.facts;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Windows itself. Besides the contract's fields it reads the edition caption ("Windows Server 2019
 * Datacenter", "Microsoft Windows 11 Home") into an edition kind, a server release and a Windows
 * generation, taking from the caption what it tells and no more. The build, when known, decides the
 * generation, since many Windows 11 machines still call themselves Windows 10.
 */
public final class HostOs extends FactSection {

    private static final Pattern SERVER_YEAR = Pattern.compile("server\\s*(20\\d\\d)");
    private static final Pattern GENERATION = Pattern.compile("windows\\s*(10|11)\\b");

    private final String edition;
    private final String editionKind;
    private final Integer serverYear;
    private final Integer build;
    private final Integer revision;
    private final String displayVersion;
    private final String architecture;
    private final Integer generation;

    public HostOs(
            FactsDocument document,
            String edition,
            Integer build,
            Integer revision,
            String displayVersion,
            String architecture) {
        super(document);
        this.edition = edition;
        this.build = build;
        this.revision = revision;
        this.displayVersion = displayVersion;
        this.architecture = architecture;
        String caption = edition == null ? "" : edition.toLowerCase(Locale.ROOT);
        this.editionKind = editionKind(caption);
        Matcher year = SERVER_YEAR.matcher(caption);
        this.serverYear =
                year.find()
                        ? Integer.valueOf(year.group(1))
                        : serverYearFromBuild(editionKind, build);
        this.generation = generation(caption, build, editionKind);
    }

    private static String editionKind(String caption) {
        if (caption.isEmpty()) {
            return null;
        }
        if (caption.contains("server") || caption.contains("datacenter")) {
            return "server";
        }
        if (caption.contains("iot")) {
            return "iot";
        }
        if (caption.contains("home")
                || caption.equals("core")
                || caption.contains("single language")) {
            return "home";
        }
        if (caption.contains("education")) {
            return "education";
        }
        if (caption.contains("enterprise") || caption.contains("ltsc")) {
            return "enterprise";
        }
        if (caption.contains("pro") || caption.contains("professional")) {
            return "pro";
        }
        return null;
    }

    private static Integer serverYearFromBuild(String kind, Integer build) {
        if (!"server".equals(kind) || build == null) {
            return null;
        }
        switch (build) {
            case 14393:
                return 2016;
            case 17763:
                return 2019;
            case 20348:
                return 2022;
            case 26100:
                return 2025;
            default:
                return null;
        }
    }

    private static Integer generation(String caption, Integer build, String kind) {
        if ("server".equals(kind)) {
            return null;
        }
        if (build != null) {
            return build >= 22000 ? 11 : 10;
        }
        Matcher m = GENERATION.matcher(caption);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    public String getEdition() {
        return edition;
    }

    /** home, pro, enterprise, education, server, iot, or null when the edition is not known. */
    @Reads({"edition"})
    public String getEditionKind() {
        return editionKind;
    }

    /** 2016, 2019, 2022, 2025 for Windows Server, when the caption or build tells it. */
    @Reads({"edition", "build"})
    public Integer getServerYear() {
        return serverYear;
    }

    /**
     * 10 or 11 for client Windows, from the build when known (build 22000 and later is Windows 11).
     */
    @Reads({"edition", "build"})
    public Integer getGeneration() {
        return generation;
    }

    public Integer getBuild() {
        return build;
    }

    public Integer getRevision() {
        return revision;
    }

    public String getDisplayVersion() {
        return displayVersion;
    }

    public String getArchitecture() {
        return architecture;
    }

    @Reads({"edition"})
    public boolean isServer() {
        return "server".equals(editionKind);
    }

    @Reads({"build"})
    public boolean isBuildKnown() {
        return build != null;
    }

    /** True only when the build is known and at least {@code minimum}. */
    @Reads({"build"})
    public boolean buildAtLeast(int minimum) {
        return build != null && build >= minimum;
    }

    /** True only when the build is known and below {@code limit}. */
    @Reads({"build"})
    public boolean buildBelow(int limit) {
        return build != null && build < limit;
    }

    /**
     * True only when the build is known and below {@code limitBuild}.{@code limitRevision}: a lower
     * build, or the same build with a known lower revision (19041.208 is below 19041.264; 19041
     * with no revision is not known to be).
     */
    @Reads({"build", "revision"})
    public boolean buildBelow(int limitBuild, int limitRevision) {
        return build != null
                && (build < limitBuild
                        || (build == limitBuild && revision != null && revision < limitRevision));
    }

    /** "19045.4894", "19045" or "unknown", for messages. */
    @Reads({"build", "revision"})
    public String getBuildLabel() {
        if (build == null) {
            return "unknown";
        }
        return revision == null ? String.valueOf(build) : build + "." + revision;
    }

    /**
     * Nothing is known about the host itself, so whether WSL2 can run now is unknown ({@link
     * FactsDocument#readinessUnknown()}).
     */
    @Reads({
        "build",
        "host.hardware.virtualizationFirmwareEnabled",
        "host.hardware.hypervisorPresent",
        "host.hardware.slat",
        "host.hardware.isVirtualMachine",
        "host.features.virtualMachinePlatform",
        "host.wsl.installed",
        "answers.errors"
    })
    public boolean readinessUnknown() {
        return document().readinessUnknown();
    }

    /**
     * Mirrored networking and DNS tunneling are known to be available: Windows 11 22H2 with the
     * servicing update the networking page's footnote names (build 22621.2359) or later, but not
     * Windows Server 2025 (build 26100), which does not support mirrored mode. Sources:
     * https://learn.microsoft.com/en-us/windows/wsl/networking#mirrored-mode-networking and its
     * footnote; https://learn.microsoft.com/en-us/windows/wsl/troubleshooting.
     */
    @Reads({"build", "revision", "edition"})
    public boolean mirroredNetworkingAvailable() {
        return build != null && !mirroredNetworkingUnavailable();
    }

    /**
     * Mirrored networking is known not to be available here (see {@link
     * #mirroredNetworkingAvailable()}).
     */
    @Reads({"build", "revision", "edition"})
    public boolean mirroredNetworkingUnavailable() {
        return buildBelow(WindowsBuild.V22H2_WIN11, 2359)
                || (isServer() && buildAtLeast(WindowsBuild.V24H2_WIN11))
                || (serverYear != null && serverYear == 2025);
    }
}
