package dev.wsladvisor.wslconfig;

import static org.assertj.core.api.Assertions.assertThat;

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
}
