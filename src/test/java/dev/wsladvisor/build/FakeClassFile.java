package dev.wsladvisor.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * A class file the build steps only look at (whether it is there, and how old): its bytes do not
 * matter.
 */
final class FakeClassFile {

    private FakeClassFile() {}

    static void write(Path file, FileTime modified) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[] {(byte) 0xCA, (byte) 0xFE});
        Files.setLastModifiedTime(file, modified);
    }
}
