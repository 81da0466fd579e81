package dev.wsladvisor.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A part of a doc generated from the code, between two marker lines ({@code <!-- name:start -->}
 * and {@code <!-- name:end -->}): checked against what the code generates now, and rewritten
 * instead when the tests run with {@code -Dwsladvisor.regenerate=true}.
 */
public final class GeneratedDocBlock {

    private GeneratedDocBlock() {}

    public static void check(Path doc, String name, String generated) throws IOException {
        String start = "<!-- " + name + ":start -->\n";
        String end = "<!-- " + name + ":end -->";
        String text = Files.readString(doc);
        int from = text.indexOf(start) + start.length();
        int to = text.indexOf(end);
        assertThat(text.indexOf(start) >= 0 && to >= from)
                .as(doc + " marks the generated part with " + start.trim() + " and " + end)
                .isTrue();
        if (Boolean.getBoolean("wsladvisor.regenerate")) {
            text = text.substring(0, from) + generated + text.substring(to);
            Files.writeString(doc, text);
            to = text.indexOf(end);
        }
        assertThat(text.substring(from, to))
                .as(
                        doc
                                + ", between "
                                + start.trim()
                                + " and "
                                + end
                                + " (regenerate it with -Dwsladvisor.regenerate=true)")
                .isEqualTo(generated);
    }
}
