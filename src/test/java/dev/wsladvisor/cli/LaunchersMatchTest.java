package dev.wsladvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Windows launcher cannot run here, so it mirrors the bash launcher line for line: every line
 * that passes JVM flags in one has its twin, in the same order, in the other (file names and
 * variables aside).
 */
class LaunchersMatchTest {

    private static final Path BASH = Path.of("bin/wsl-advisor");
    private static final Path CMD = Path.of("bin/wsl-advisor.cmd");

    /** A JVM option, with a file value written as a shell or cmd variable in quotes. */
    private static final Pattern FLAG =
            Pattern.compile("['\"]?(-X[A-Za-z0-9:+*=,._-]*?)(?:\"[$%][^\"]*\")?['\"]?(?=[\\s)]|$)");

    /** What each flag line is for, in the order both launchers have them. */
    private static final List<String> KINDS =
            List.of(
                    "batch",
                    "batch on a short input file",
                    "every other command",
                    "training run, Java 25 or later",
                    "training run, before Java 25",
                    "training run",
                    "run with the AOT cache",
                    "run with the AppCDS archive");

    @Test
    void bothLaunchersPassTheSameJvmFlagsForEachCommandKindInTheSameOrder() throws IOException {
        List<List<String>> bash = flagLines(BASH, "#");
        List<List<String>> cmd = flagLines(CMD, "rem ");

        assertThat(bash).as("flag lines of %s", BASH).hasSize(KINDS.size());
        for (int i = 0; i < KINDS.size(); i++) {
            assertThat(cmd.get(i)).as("%s: %s", KINDS.get(i), CMD).isEqualTo(bash.get(i));
        }
        assertThat(cmd).hasSameSizeAs(bash);
        // The parse found the launchers' real choices, not some other lines.
        assertThat(bash.get(0)).contains("-XX:+UseParallelGC", "-Xmx160m");
        assertThat(bash.get(1)).containsExactly("-XX:TieredStopAtLevel=1");
        assertThat(bash.get(2)).contains("-XX:+UseSerialGC", "-XX:CICompilerCount=1");
        assertThat(bash.get(3))
                .containsExactly(
                        "-XX:AOTCacheOutput=FILE",
                        "-XX:+UnlockDiagnosticVMOptions",
                        "-XX:-AOTReplayTraining");
        assertThat(bash.get(4)).containsExactly("-XX:ArchiveClassesAtExit=FILE", "-Xshare:auto");
        assertThat(bash.get(6))
                .containsExactly(
                        "-XX:AOTCache=FILE",
                        "-XX:+UnlockDiagnosticVMOptions",
                        "-XX:-AOTReplayTraining",
                        "-Xlog:aot*=off,cds*=off");
        assertThat(bash.get(7)).containsExactly("-XX:SharedArchiveFile=FILE", "-Xshare:auto");
    }

    @Test
    void bothLaunchersTellTheCommandsAndTheShortBatchSizesAlike() throws IOException {
        String bash = Files.readString(BASH);
        String cmd = Files.readString(CMD);
        assertThat(find(cmd, "for %%C in \\(([^)]*)\\) do").replace(' ', '|'))
                .isEqualTo(
                        find(
                                bash,
                                "\\n\\s*batch\\) mode=batch; break ;;\\s*\\n\\s*([a-z|]+)\\) break ;;"));
        assertThat(Long.parseLong(find(cmd, "set \"QUICK_BELOW=(\\d+)\"")))
                .isEqualTo(product(find(bash, "\\n\\s*quick_below=\\$\\(\\(([\\d *]+)\\)\\)")));
        assertThat(Long.parseLong(find(cmd, "--what-if\" set \"QUICK_BELOW=(\\d+)\"")))
                .isEqualTo(
                        product(find(bash, "--what-if\\) quick_below=\\$\\(\\(([\\d *]+)\\)\\)")));
        // Both give every command, batch too, the AOT cache without its method profiles.
        assertThat(find(bash, "\n([^\n]*-XX:AOTCache=[^\n]*)")).doesNotContain("mode");
        assertThat(find(cmd, "\n([^\n]*-XX:AOTCache=[^\n]*)")).doesNotContain("MODE");
        // Both pass their flags first, then the user's, then the jar and every argument as given.
        assertThat(bash)
                .contains(
                        "exec \"$java\" \"${opts[@]}\" ${WSL_ADVISOR_JAVA_OPTS:-} -jar \"$jar\" \"$@\"");
        assertThat(cmd).contains("\"%JAVA%\" %OPTS% %WSL_ADVISOR_JAVA_OPTS% -jar \"%JAR%\" %*");
    }

    /**
     * The JVM flags of each line that has any, comments skipped and a bash array's continuation
     * lines joined.
     */
    private static List<List<String>> flagLines(Path launcher, String comment) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String raw : Files.readAllLines(launcher)) {
            String line = raw.strip();
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith(comment)
                    || line.startsWith("@echo")) {
                continue;
            }
            pending.append(line).append(' ');
            if (pending.lastIndexOf("=(") > pending.lastIndexOf(")")) {
                continue;
            }
            List<String> flags = new ArrayList<>();
            Matcher m = FLAG.matcher(pending);
            while (m.find()) {
                String flag = m.group(1);
                flags.add(
                        m.group(0).contains("\"$") || m.group(0).contains("\"%")
                                ? flag + "FILE"
                                : flag);
            }
            if (!flags.isEmpty()) {
                lines.add(flags);
            }
            pending.setLength(0);
        }
        return lines;
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("/%s/ in a launcher", regex).isTrue();
        return m.group(1);
    }

    private static long product(String factors) {
        long p = 1;
        for (String f : factors.trim().split("\\s*\\*\\s*")) {
            p *= Long.parseLong(f);
        }
        return p;
    }
}
