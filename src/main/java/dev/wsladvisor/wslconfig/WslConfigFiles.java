package dev.wsladvisor.wslconfig;

import dev.wsladvisor.UserInputException;
import dev.wsladvisor.WindowsPaths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads config files with one clear message when that is not possible. */
public final class WslConfigFiles {

    /** Far above any real config file; a bigger file is almost certainly the wrong path. */
    static final long MAX_BYTES = 1L << 20;

    private WslConfigFiles() {
    }

    /** See {@link WindowsPaths#refuseOffWindows(Path)}. */
    public static void refuseWindowsPath(Path path) {
        WindowsPaths.refuseOffWindows(path);
    }

    public static byte[] read(Path path) {
        refuseWindowsPath(path);
        if (Files.isDirectory(path)) {
            throw new UserInputException(path + ": is a folder; pass the config file itself, e.g. "
                    + path.resolve(".wslconfig"));
        }
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, path.toString());
        } catch (NoSuchFileException e) {
            throw new UserInputException(path + ": no such file; pass the path of your config file (on Windows"
                    + " %UserProfile%\\.wslconfig, in a distribution /etc/wsl.conf)");
        } catch (IOException e) {
            throw new UserInputException(path + ": cannot read it (" + e.getMessage() + "); check the path and"
                    + " that you may read it", e);
        }
    }

    /**
     * Reads at most {@link #MAX_BYTES} bytes, and one more to tell that there is more: the size a file system reports
     * is 0 for a device ({@code /dev/zero}) or a pipe, which would otherwise be read until memory runs out.
     */
    public static byte[] read(InputStream in, String name) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new UserInputException(name + ": is more than " + (MAX_BYTES >> 20) + " MB, too big for a WSL"
                    + " config file; check the path");
        }
        return bytes;
    }

    public static ParseResult parse(byte[] bytes, ConfigDialect dialect) {
        return WslConfigParser.parse(WslConfigDocument.read(bytes), dialect);
    }

    public static ParseResult parse(Path path, ConfigDialect dialect) {
        return WslConfigParser.parse(WslConfigDocument.read(read(path)), dialect);
    }
}
