package dev.wsladvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/writing-rules.md works as written: every file it shows ({@code ```drl file=PATH}) is written
 * into a new folder, and every {@code $ bin/wsl-advisor ...} command in a {@code ```console} block
 * is run, in order, with its output (a "..." line skips lines; "..." within a line stands for any
 * text) and exit code ({@code (exit code N)}, else 0) checked.
 */
class WritingRulesDocTest {

    private static final Pattern BLOCK =
            Pattern.compile("```(\\w+)([^\\n]*)\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern FILE = Pattern.compile("file=(\\S+)");

    @Test
    void everyFileAndCommandOfTheTutorialWorks(@TempDir Path dir) throws IOException {
        String doc = Files.readString(Path.of("docs/writing-rules.md"));
        Set<String> folders = new HashSet<>();
        int commands = 0;
        Matcher m = BLOCK.matcher(doc);
        while (m.find()) {
            Matcher file = FILE.matcher(m.group(2));
            if (file.find()) {
                Path target = dir.resolve(file.group(1));
                Files.createDirectories(target.getParent());
                Files.writeString(target, m.group(3));
                folders.add(file.group(1).split("/")[0]);
            } else if ("console".equals(m.group(1))) {
                commands += runAll(m.group(3), dir, folders);
            }
        }
        assertThat(folders).contains("acme-rules", "acme-draft");
        assertThat(commands).isGreaterThanOrEqualTo(7);
    }

    /** Runs each command of a console block; returns how many. */
    private static int runAll(String block, Path dir, Set<String> folders) {
        String[] lines = block.split("\n");
        int count = 0;
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith("$ ")) {
                continue;
            }
            String command = lines[i].substring(2);
            List<String> expected = new ArrayList<>();
            int code = 0;
            for (int j = i + 1; j < lines.length && !lines[j].startsWith("$ "); j++) {
                Matcher exit = Pattern.compile("^\\(exit code (\\d+)\\)$").matcher(lines[j]);
                if (exit.matches()) {
                    code = Integer.parseInt(exit.group(1));
                } else {
                    expected.add(lines[j]);
                }
            }
            assertThat(command)
                    .as("commands in the tutorial run bin/wsl-advisor")
                    .startsWith("bin/wsl-advisor ");
            List<String> args = new ArrayList<>();
            for (String arg : command.substring("bin/wsl-advisor ".length()).split(" +")) {
                // The tutorial's own folders live in the test's folder; everything else (facts/) in
                // the project.
                args.add(folders.contains(arg.split("/")[0]) ? dir.resolve(arg).toString() : arg);
            }
            CliRun r = CliRun.run(args.toArray(new String[0]));
            String actual = (r.out() + r.err()).replace(dir + "/", "");
            assertThat(r.exitCode()).as(command + "\n" + actual).isEqualTo(code);
            assertInOrder(command, actual, expected);
            count++;
        }
        return count;
    }

    private static boolean matches(String actual, String expected) {
        if (!expected.contains("...")) {
            return actual.equals(expected);
        }
        StringBuilder regex = new StringBuilder();
        for (String part : expected.split("\\.\\.\\.", -1)) {
            regex.append(regex.length() == 0 ? "" : ".*").append(Pattern.quote(part));
        }
        return actual.matches(regex.toString());
    }

    /**
     * Each expected line appears as a whole line, in order; "..." skips any number of lines, and
     * within a line "..." stands for any text (a count or a list that grows with the rules and the
     * facts catalogue).
     */
    private static void assertInOrder(String command, String actual, List<String> expected) {
        List<String> got = actual.lines().toList();
        int at = 0;
        boolean skipping = false;
        for (String line : expected) {
            if (line.equals("...")) {
                skipping = true;
                continue;
            }
            int found = -1;
            for (int k = at; k < got.size(); k++) {
                if (matches(got.get(k), line)) {
                    found = k;
                    break;
                }
                if (!skipping) {
                    break;
                }
            }
            assertThat(found)
                    .as(command + ": expected line\n" + line + "\nin\n" + actual)
                    .isGreaterThanOrEqualTo(0);
            at = found + 1;
            skipping = false;
        }
        if (!skipping) {
            assertThat(got.size())
                    .as(command + ": more output than the tutorial shows:\n" + actual)
                    .isEqualTo(at);
        }
    }
}
