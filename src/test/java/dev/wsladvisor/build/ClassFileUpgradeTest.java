package dev.wsladvisor.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class files are upgraded again only when a copy is missing or the dependency's jar is newer
 * than it.
 */
class ClassFileUpgradeTest {

    private static final FileTime DOWNLOADED = FileTime.from(Instant.parse("2026-01-01T10:00:00Z"));
    private static final FileTime UPGRADED = FileTime.from(Instant.parse("2026-01-01T10:01:00Z"));

    @TempDir Path dir;
    private Path jar;
    private Path classes;

    @BeforeEach
    void aJarWithTwoClasses() throws Exception {
        jar = dir.resolve("picocli.jar");
        try (OutputStream file = Files.newOutputStream(jar);
                ZipOutputStream zip = new ZipOutputStream(file)) {
            for (String name :
                    new String[] {
                        "META-INF/MANIFEST.MF",
                        "META-INF/versions/9/module-info.class",
                        "picocli/CommandLine.class",
                        "picocli/CommandLine$Help.class"
                    }) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(new byte[] {(byte) 0xCA, (byte) 0xFE});
                zip.closeEntry();
            }
        }
        Files.setLastModifiedTime(jar, DOWNLOADED);
        classes = dir.resolve("classes");
    }

    private void copy(String name, FileTime time) throws Exception {
        FakeClassFile.write(classes.resolve(name), time);
    }

    private boolean upToDate() throws Exception {
        try (JarFile open = new JarFile(jar.toFile())) {
            return ClassFileUpgrade.isUpToDate(open, classes);
        }
    }

    @Test
    void runsWhenNothingWasUpgradedYet() throws Exception {
        assertThat(upToDate()).isFalse();
    }

    @Test
    void skipsWhenEveryClassHasACopyNewerThanTheJar() throws Exception {
        copy("picocli/CommandLine.class", UPGRADED);
        copy("picocli/CommandLine$Help.class", UPGRADED);
        assertThat(upToDate()).isTrue();
    }

    @Test
    void runsWhenOneCopyIsMissing() throws Exception {
        copy("picocli/CommandLine.class", UPGRADED);
        assertThat(upToDate()).isFalse();
    }

    @Test
    void runsWhenTheJarIsNewerThanACopy() throws Exception {
        copy("picocli/CommandLine.class", UPGRADED);
        copy(
                "picocli/CommandLine$Help.class",
                FileTime.from(Instant.parse("2026-01-01T09:59:00Z")));
        assertThat(upToDate()).isFalse();
    }
}
