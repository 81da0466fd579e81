package dev.wsladvisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    private final AtomicFileWriter writer =
            new AtomicFileWriter(Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC));

    @Test
    void backsUpTheOldFileWithATimestampThenReplacesIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(".wslconfig");
        Files.writeString(file, "old");
        Optional<Path> backup = writer.write(file, "new".getBytes());
        assertThat(backup).map(p -> p.getFileName().toString()).contains(".wslconfig.bak-20260102-030405");
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
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file, no backup").containsExactly("advice.jsonl");
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
        assertThat(backup.get().getFileName().toString()).isEqualTo("advice.jsonl.bak-20260102-030405");
    }

    @Test
    void aFolderIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) {
        assertThatThrownBy(() -> writer.replace(dir)).isInstanceOf(UserInputException.class).hasMessageContaining("is a folder");
    }

    @Test
    void theBackupOfALinkedFileKeepsTheContentAndTheLinkedFileIsLeftAlone(@TempDir Path dir) throws Exception {
        Path real = dir.resolve("dotfiles-wslconfig");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve(".wslconfig"), real);
        Path backup = writer.write(link, "new".getBytes()).orElseThrow();
        assertThat(Files.isSymbolicLink(backup)).isFalse();
        assertThat(Files.readString(backup)).isEqualTo("old");
        assertThat(Files.readString(real)).isEqualTo("old");
        assertThat(Files.readString(link)).isEqualTo("new");
    }

    @Test
    void aDeviceIsWrittenToAsItIsNeverReplacedOrBackedUp(@TempDir Path dir) throws Exception {
        // A link to /dev/null stands for --out /dev/null or /dev/stdout; were it replaced, only the link would go.
        Path devNull = Path.of("/dev/null");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull));
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
}
