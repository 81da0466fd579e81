package dev.wsladvisor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    private static List<LineReader.Line> lines(String text, int max) throws IOException {
        LineReader reader =
                new LineReader(
                        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
        List<LineReader.Line> out = new ArrayList<>();
        for (LineReader.Line l = reader.next(); l != null; l = reader.next()) {
            out.add(l);
        }
        return out;
    }

    private static String text(LineReader.Line line) {
        return new String(line.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void splitsOnNewlinesAndDropsTheCarriageReturnOfWindowsLineEnds() throws IOException {
        List<LineReader.Line> lines = lines("a\r\nbb\n\nccc", 100);
        assertThat(lines).extracting(LineReaderTest::text).containsExactly("a", "bb", "", "ccc");
        assertThat(lines).extracting(LineReader.Line::number).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void aTrailingNewlineEndsTheLastLineRatherThanStartingAnEmptyOne() throws IOException {
        assertThat(lines("a\nb\n", 100)).hasSize(2);
        assertThat(lines("", 100)).isEmpty();
    }

    @Test
    void aLineLongerThanTheLimitIsSkippedToItsEndAndTheNextLineIsIntact() throws IOException {
        String longLine = "x".repeat(200_000);
        List<LineReader.Line> lines = lines("ok\n" + longLine + "\nafter\n", 1000);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1).tooLong()).isTrue();
        assertThat(lines.get(1).length()).isEqualTo(200_000);
        assertThat(text(lines.get(2))).isEqualTo("after");
        assertThat(lines.get(2).number()).isEqualTo(3);
    }

    @Test
    void aLineOfExactlyTheLimitIsKept() throws IOException {
        assertThat(lines("y".repeat(1000) + "\n", 1000).get(0).tooLong()).isFalse();
    }
}
