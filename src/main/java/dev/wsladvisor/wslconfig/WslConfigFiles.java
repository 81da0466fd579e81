package dev.wsladvisor.wslconfig;

import dev.wsladvisor.UserInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads config files with one clear message when that is not possible. */
public final class WslConfigFiles {

    /** Far above any real config file; a bigger file is almost certainly the wrong path. */
    static final long MAX_BYTES = 1L << 20;

    private WslConfigFiles() {
    }

    public static byte[] read(Path path) {
        try {
            if (Files.isDirectory(path)) {
                throw new UserInputException(path + ": is a folder; pass the config file itself, e.g. "
                        + path.resolve(".wslconfig"));
            }
            if (Files.size(path) > MAX_BYTES) {
                throw new UserInputException(path + ": is " + Files.size(path) + " bytes, too big for a WSL config"
                        + " file; check the path");
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UserInputException(path + ": no such file; pass the path of your config file (on Windows"
                    + " %UserProfile%\\.wslconfig, in a distribution /etc/wsl.conf)");
        } catch (IOException e) {
            throw new UserInputException(path + ": cannot read it (" + e.getMessage() + "); check the path and"
                    + " that you may read it", e);
        }
    }

    public static ParseResult parse(Path path, ConfigDialect dialect) {
        return WslConfigParser.parse(WslConfigDocument.read(read(path)), dialect);
    }
}
