package dev.wsladvisor.facts;

/**
 * Windows build numbers by release, for rule conditions: {@code HostOs(
 * buildBelow(WindowsBuild.V21H2) )} says which release a rule means, where {@code
 * buildBelow(19044)} made the reader look it up. Messages still spell the number, as a person reads
 * it in {@code winver}.
 *
 * <p>Sources: https://learn.microsoft.com/en-us/windows/release-health/release-information (Windows
 * 10), https://learn.microsoft.com/en-us/windows/release-health/windows11-release-information
 * (Windows 11),
 * https://learn.microsoft.com/en-us/windows-server/get-started/windows-server-release-info (Windows
 * Server), and WSL's own table, {@code enum WindowsBuildNumbers} in src/windows/common/helpers.hpp
 * of https://github.com/microsoft/WSL.
 */
public final class WindowsBuild {

    /** Windows 10 version 1607 (Anniversary Update): the first build that runs WSL at all. */
    public static final int V1607 = 14393;

    /** Windows 10 version 1903: the first x64 build that runs WSL2 (with revision .1049). */
    public static final int V1903 = 18362;

    /** Windows 10 version 1909, the same code as 1903 with one more feature switched on. */
    public static final int V1909 = 18363;

    /** Windows 10 version 2004 (Vibranium): {@code wsl --install}, WSL2 on ARM64, .wslconfig. */
    public static final int V2004 = 19041;

    /** Windows 10 version 21H2: Linux GUI apps (WSLg) and GPU compute. */
    public static final int V21H2 = 19044;

    /** Windows 10 version 22H2, the last Windows 10 release. */
    public static final int V22H2 = 19045;

    /** Windows Server 2022 (Iron). */
    public static final int SERVER_2022 = 20348;

    /**
     * Windows 11 version 21H2 (Cobalt), the first Windows 11: every build from here on is Windows
     * 11 or its server.
     */
    public static final int V21H2_WIN11 = 22000;

    /**
     * Windows 11 version 22H2 (Nickel): mirrored networking, DNS tunneling, the Hyper-V firewall.
     */
    public static final int V22H2_WIN11 = 22621;

    /** Windows 11 version 23H2. */
    public static final int V23H2_WIN11 = 22631;

    /** Windows 11 version 24H2 (Germanium), and Windows Server 2025. */
    public static final int V24H2_WIN11 = 26100;

    private WindowsBuild() {}
}
