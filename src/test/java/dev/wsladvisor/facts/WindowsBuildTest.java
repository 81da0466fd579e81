package dev.wsladvisor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules name Windows builds through {@link WindowsBuild}, and docs/writing-rules.md lists every
 * name.
 */
class WindowsBuildTest {

    private static final Pattern BARE_BUILD = Pattern.compile("\\b\\d{5}\\b");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    @Test
    void noRuleConditionComparesABareBuildNumber() throws IOException {
        List<String> bare = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                bare.addAll(bareBuildsInConditions(file.toString(), Files.readString(file)));
            }
        }
        assertThat(bare)
                .as(
                        "write WindowsBuild.V2004 and the like (dev.wsladvisor.facts.WindowsBuild), not the number")
                .isEmpty();
    }

    @Test
    void theCheckFindsABareBuildInAConditionAndNowhereElse() {
        String drl =
                """
                rule "x"
                    @explanation("Needs build 19044 or later.")
                when
                    // before 19041 nothing
                    $os: HostOs( buildBelow(19044), buildAtLeast(WindowsBuild.V1903), label != "22621" )
                then
                    insertLogical( blocker(kcontext, "build 19044 or later") );
                end
                """;
        assertThat(bareBuildsInConditions("x.drl", drl)).containsExactly("x.drl:5: 19044");
    }

    @Test
    void theWritingRulesGuideListsEveryNamedBuild() throws Exception {
        String doc = Files.readString(Path.of("docs/writing-rules.md"));
        for (Field field : WindowsBuild.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class) {
                assertThat(doc)
                        .contains("| `" + field.getName() + "` | " + field.getInt(null) + " |");
            }
        }
    }

    /**
     * {@code file:line: number} for each five-digit number in a rule's conditions, outside strings
     * and comments.
     */
    private static List<String> bareBuildsInConditions(String file, String drl) {
        List<String> found = new ArrayList<>();
        boolean inConditions = false;
        String[] lines = drl.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals("when")) {
                inConditions = true;
            } else if (line.equals("then")) {
                inConditions = false;
            } else if (inConditions && !line.startsWith("//")) {
                Matcher m = BARE_BUILD.matcher(STRING.matcher(line).replaceAll("\"\""));
                while (m.find()) {
                    found.add(file + ":" + (i + 1) + ": " + m.group());
                }
            }
        }
        return found;
    }
}
