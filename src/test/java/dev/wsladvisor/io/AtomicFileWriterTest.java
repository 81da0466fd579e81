package dev.wsladvisor.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wsladvisor.errors.UserInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    private final AtomicFileWriter writer =
            new AtomicFileWriter(
                    Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC));

    @Test
    void backsUpTheOldFileWithATimestampThenReplacesIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(".wslconfig");
        Files.writeString(file, "old");
        Optional<Path> backup = writer.write(file, "new".getBytes());
        assertThat(backup)
                .map(p -> p.getFileName().toString())
                .contains(".wslconfig.bak-20260102-030405");
        assertThat(Files.readString(backup.orElseThrow())).isEqualTo("old");
        assertThat(Files.readString(file)).isEqualTo("new");
        try (var files = Files.list(dir)) {
            assertThat(files.count()).as("no temporary file left").isEqualTo(2);
        }
    }

    @Test
    void aSecondBackupInTheSameSecondGetsItsOwnName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(".wslconfig");
        Files.writeString(file, "v1");
        writer.write(file, "v2".getBytes());
        Path second = writer.write(file, "v3".getBytes()).orElseThrow();
        assertThat(second.getFileName().toString()).endsWith("-1");
        assertThat(Files.readString(second)).isEqualTo("v2");
    }

    @Test
    void aNewFileNeedsNoBackup(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(".wslconfig");
        assertThat(writer.write(file, "x".getBytes())).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void aReplacementChangesNothingUntilItIsCommitted(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("advice.jsonl");
        Files.writeString(file, "yesterday");
        try (AtomicFileWriter.Replacement r = writer.replace(file)) {
            r.stream().write("today, half written".getBytes());
            assertThat(Files.readString(file)).isEqualTo("yesterday");
            // closed without commit: the run failed
        }
        assertThat(Files.readString(file)).isEqualTo("yesterday");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no temporary file, no backup")
                    .containsExactly("advice.jsonl");
        }
    }

    @Test
    void aCommittedReplacementKeepsTheOldContentAsABackup(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("advice.jsonl");
        Files.writeString(file, "yesterday");
        Optional<Path> backup;
        try (AtomicFileWriter.Replacement r = writer.replace(file)) {
            r.stream().write("today".getBytes());
            backup = r.commit();
        }
        assertThat(Files.readString(file)).isEqualTo("today");
        assertThat(Files.readString(backup.orElseThrow())).isEqualTo("yesterday");
        assertThat(backup.get().getFileName().toString())
                .isEqualTo("advice.jsonl.bak-20260102-030405");
    }

    @Test
    void aFolderIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) {
        assertThatThrownBy(() -> writer.replace(dir))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("is a folder");
    }

    @Test
    void aLinkedFileIsWrittenThroughAndTheLinkStays(@TempDir Path dir) throws Exception {
        Path dotfiles = Files.createDirectory(dir.resolve("dotfiles"));
        Path real = Files.writeString(dotfiles.resolve("wslconfig"), "old");
        Path link =
                Files.createSymbolicLink(dir.resolve(".wslconfig"), Path.of("dotfiles/wslconfig"));
        Path backup = writer.write(link, "new".getBytes()).orElseThrow();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
        assertThat(backup.getParent()).isEqualTo(real.toRealPath().getParent());
        assertThat(Files.readString(backup)).isEqualTo("old");
    }

    @Test
    void theNewFileKeepsTheOldOnesPermissionsAndANewOneGetsTheUsualOnes(@TempDir Path dir)
            throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path shared = Files.writeString(dir.resolve("advice.jsonl"), "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        writer.write(shared, "new".getBytes());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)))
                .isEqualTo("rw-rw-r--");

        Path usual = Files.createFile(dir.resolve("made-as-usual"));
        Path fresh = dir.resolve("summary.json");
        writer.write(fresh, "{}".getBytes());
        assertThat(Files.getPosixFilePermissions(fresh))
                .as("as the umask makes any new file, not owner-only")
                .isEqualTo(Files.getPosixFilePermissions(usual));
    }

    @Test
    void aReadOnlyFileIsRefusedAndLeftAsItIs(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve(".wslconfig"), "old");
        // Refused for root too, who could write it anyway: read-only is what the person set.
        org.junit.jupiter.api.Assumptions.assumeTrue(file.toFile().setWritable(false));
        assertThatThrownBy(() -> writer.write(file, "new".getBytes()))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("read-only")
                .hasMessageContaining("chmod u+w");
        assertThat(Files.readString(file)).isEqualTo("old");
    }

    @Test
    void aMissingFolderIsNamedWithoutJavaExceptionNames(@TempDir Path dir) {
        Path file = dir.resolve("no-such-folder").resolve("advice.jsonl");
        assertThatThrownBy(() -> writer.replace(file))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("the folder " + file.getParent() + " does not exist")
                .hasMessageNotContaining("java.nio")
                .hasMessageNotContaining(".tmp");
    }

    @Test
    void aWindowsPathOnLinuxIsRefusedWithTheMntCForm(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.io.File.separatorChar == '/');
        Path windows = Path.of("C:\\Users\\me\\.wslconfig");
        assertThatThrownBy(() -> writer.write(windows, "x".getBytes()))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("/mnt/c/");
        assertThat(Files.exists(windows)).isFalse();
    }

    @Test
    void aDeviceIsWrittenToAsItIsNeverReplacedOrBackedUp(@TempDir Path dir) throws Exception {
        // A link to /dev/null stands for --out /dev/null or /dev/stdout; were it replaced, only the
        // link would go.
        Path devNull = Path.of("/dev/null");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.exists(devNull) && !Files.isRegularFile(devNull));
        Path link = Files.createSymbolicLink(dir.resolve("out.jsonl"), devNull);
        assertThat(writer.write(link, "records".getBytes())).isEmpty();
        try (AtomicFileWriter.Replacement r = writer.replace(link)) {
            r.stream().write("more".getBytes());
            assertThat(r.commit()).isEmpty();
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
        try (var files = Files.list(dir)) {
            assertThat(files).as("no backup, no temporary file").containsExactly(link);
        }
    }

    @Test
    void aLinuxFileNameWithAColonIsAFileNameNotAWindowsPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x:y.jsonl");
        writer.write(file, "records".getBytes());
        assertThat(Files.readString(file)).isEqualTo("records");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.io.File.separatorChar == '/');
        for (String windows :
                new String[] {
                    "C:/Users/me/facts.json", "%UserProfile%/facts.json", "C:Usersme.wslconfig"
                }) {
            assertThatThrownBy(() -> writer.write(Path.of(windows), "x".getBytes()))
                    .as(windows)
                    .isInstanceOf(UserInputException.class)
                    .hasMessageContaining("/mnt/");
        }
    }

    @Test
    void aDanglingLinkGetsItsTargetCreatedAndStaysALink(@TempDir Path dir) throws Exception {
        Files.createDirectory(dir.resolve("dotfiles"));
        Path link =
                Files.createSymbolicLink(dir.resolve(".wslconfig"), Path.of("dotfiles/wslconfig"));
        assertThat(writer.write(link, "new".getBytes())).isEmpty();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("dotfiles/wslconfig"))).isEqualTo("new");
    }

    @Test
    void aLinkLoopIsRefused(@TempDir Path dir) throws Exception {
        Path a = Files.createSymbolicLink(dir.resolve("a"), Path.of("b"));
        Files.createSymbolicLink(dir.resolve("b"), Path.of("a"));
        assertThatThrownBy(() -> writer.write(a, "x".getBytes()))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("loop");
        assertThat(Files.isSymbolicLink(a)).isTrue();
    }

    @Test
    void standardOutputSentToAFileIsAppendedToNotReplaced(@TempDir Path dir) throws Exception {
        // What /dev/stdout is when the shell sends it to a file with >>: a link (through /proc) to
        // that file.
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")));
        Path redirected = Files.writeString(dir.resolve("history.jsonl"), "earlier\n");
        try (java.nio.channels.FileChannel fd =
                java.nio.channels.FileChannel.open(
                        redirected,
                        java.nio.file.StandardOpenOption.WRITE,
                        java.nio.file.StandardOpenOption.APPEND)) {
            Path stdout =
                    Files.list(Path.of("/proc/self/fd"))
                            .filter(
                                    p -> {
                                        try {
                                            return Files.isSameFile(p, redirected);
                                        } catch (java.io.IOException e) {
                                            return false;
                                        }
                                    })
                            .findFirst()
                            .orElseThrow();
            assertThat(writer.write(stdout, "now\n".getBytes())).isEmpty();
        }
        assertThat(Files.readString(redirected)).isEqualTo("earlier\nnow\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(redirected);
        }
    }

    @Test
    void aFileUnderDevShmIsAFileLikeAnyOther() throws Exception {
        Path shm = Path.of("/dev/shm");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.isDirectory(shm) && Files.isWritable(shm));
        Path file = Files.createTempFile(shm, "wsl-advisor-test", ".json");
        try {
            Files.writeString(file, "old");
            Path backup = writer.write(file, "new".getBytes()).orElseThrow();
            assertThat(Files.readString(file)).as("replaced, not appended to").isEqualTo("new");
            Files.delete(backup);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
