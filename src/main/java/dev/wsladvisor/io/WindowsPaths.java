package dev.wsladvisor.io;

import dev.wsladvisor.errors.UserInputException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Windows paths given to the tool where it does not run on Windows (Linux, or inside WSL). */
public final class WindowsPaths {

    private WindowsPaths() {}

    private static final Pattern DRIVE_PATH = Pattern.compile("^([A-Za-z]):([\\\\/].*)?$");

    /**
     * {@code C:Usersme.wslconfig}: a Windows path whose backslashes an unquoted shell word lost.
     */
    private static final Pattern DRIVE_NO_SEPARATOR = Pattern.compile("^[A-Za-z]:[^\\\\/].*");

    /**
     * Only then: "x:y.jsonl" is a fine Linux file name, "C:Usersme.wslconfig" is a Windows path
     * gone wrong.
     */
    private static final Pattern LOST_SEPARATOR_HINT =
            Pattern.compile("(?i)^[a-z]:(users|windows|program)|wslconfig");

    /**
     * Off Windows, a path such as {@code C:\Users\me\.wslconfig} is not the Windows file but a file
     * literally named that in the current folder. Refuses it (and {@code %UserProfile%} paths and
     * UNC paths) with the path to use from Linux or WSL. Whether this is Windows is asked of the
     * file system the path belongs to (its names are separated by backslashes), not of the system
     * properties: that is what gives a drive path its meaning, and the commands read nothing of the
     * system but through their console.
     */
    public static void refuseOffWindows(Path path) {
        refuseOffWindows(path, path.getFileSystem().getSeparator().equals("\\"));
    }

    static void refuseOffWindows(Path path, boolean onWindows) {
        if (onWindows) {
            return;
        }
        String p = path.toString();
        Matcher m = DRIVE_PATH.matcher(p);
        String linux = null;
        if (m.matches()) {
            linux =
                    "/mnt/"
                            + m.group(1).toLowerCase(Locale.ROOT)
                            + (m.group(2) == null ? "" : m.group(2).replace('\\', '/'));
        } else if (DRIVE_NO_SEPARATOR.matcher(p).matches()
                && LOST_SEPARATOR_HINT.matcher(p).find()) {
            throw new UserInputException(
                    p
                            + ": looks like a Windows path whose backslashes the shell removed, and"
                            + " this is not Windows; from Linux or WSL use the drive under /mnt, e.g."
                            + " /mnt/c/Users/<you>/...");
        } else if (!p.startsWith("\\\\") && !p.regionMatches(true, 0, "%UserProfile%", 0, 13)) {
            return;
        }
        throw new UserInputException(
                p
                        + ": is a Windows path, and this is not Windows; from Linux or WSL use "
                        + (linux != null
                                ? linux
                                : "the Windows drive under /mnt, e.g. /mnt/c/Users/<you>/..."));
    }
}
