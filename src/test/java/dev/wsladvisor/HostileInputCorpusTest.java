package dev.wsladvisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.wsladvisor.cli.Console;
import dev.wsladvisor.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile and careless inputs of {@code src/test/resources/hostile/cases.txt}, on every surface
 * (facts files and standard input, batch, .wslconfig lint and apply, ask, the command line, rule
 * folders, probe replay), run in-process as a person runs them. For each: the contract's exit code,
 * never 70; one message saying what went wrong, naming the place where there is one; no stack
 * trace; no control character from the input reaching the terminal; the input's bytes kept (apply:
 * in its backup); and an end within a generous time, as a guard against hangs, not as a
 * measurement. Large inputs are made here, not stored.
 */
class HostileInputCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/hostile");
    private static final Duration HANG_GUARD = Duration.ofSeconds(120);
    private static final Pattern STACK_TRACE =
            Pattern.compile(
                    "\\n\\s+at [\\w.$]+\\(|Exception in thread|wsl-advisor: internal error");

    /**
     * Control characters other than tab, line feed and carriage return (CSV ends records with
     * CRLF), and bidi overrides.
     */
    private static final Pattern RAW_CONTROL =
            Pattern.compile(
                    "[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]");

    @TempDir Path tmp;

    record Case(String id, int exit, String where, String input, String args) {}

    @TestFactory
    Stream<DynamicTest> everyHostileInputGetsTheContractsAnswer() throws IOException {
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(200);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> run(c)));
    }

    private static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        for (String line :
                Files.readAllLines(CORPUS.resolve("cases.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(" \\| ", -1);
            assertThat(f).as(line).hasSize(5);
            out.add(
                    new Case(
                            f[0].trim(),
                            Integer.parseInt(f[1].trim()),
                            f[2].trim(),
                            f[3].trim(),
                            unescape(f[4])));
        }
        return out;
    }

    private void run(Case c) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(c.id()));
        Path in = prepare(c, dir);
        Map<Path, byte[]> before = snapshot(in);
        byte[] stdin = new byte[0];
        List<String> args = new ArrayList<>();
        for (String arg : c.args().isEmpty() ? new String[0] : c.args().split(" ")) {
            if (arg.equals("<{in}")) {
                stdin = Files.readAllBytes(in);
                continue;
            }
            args.add(
                    arg.equals("{empty}")
                            ? ""
                            : arg.replace("{in}", String.valueOf(in))
                                    .replace("{dir}", dir.toString()));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        byte[] input = stdin;
        int code =
                assertTimeoutPreemptively(
                        HANG_GUARD,
                        () ->
                                Main.run(
                                        args.toArray(String[]::new),
                                        new Console(
                                                new ByteArrayInputStream(input), false, Map.of()),
                                        new PrintWriter(out),
                                        new PrintWriter(err)));
        String said = out + "\n" + err;
        String context =
                c.id()
                        + " ("
                        + c.args()
                        + ")\nstdout: "
                        + cut(out.toString())
                        + "\nstderr: "
                        + cut(err.toString());

        assertThat(code).as(context).isEqualTo(c.exit());
        assertThat(STACK_TRACE.matcher(said).find())
                .as("stack trace or bug in " + context)
                .isFalse();
        assertThat(RAW_CONTROL.matcher(err.toString()).find())
                .as("raw control character on stderr in " + context)
                .isFalse();
        assertThat(out.toString())
                .as("escape character on stdout in " + context)
                .doesNotContain("\u001b");
        if (code == 2) {
            long messages =
                    err.toString().lines().filter(l -> l.startsWith("wsl-advisor: ")).count();
            // rules check reports every problem of a rule pack as file:line:col lines and one
            // closing count, by design.
            boolean ruleReport =
                    messages == 0
                            && err.toString()
                                    .lines()
                                    .anyMatch(l -> l.matches("\\d+ errors? in \\d+ files?: .*"));
            assertThat(
                            messages == 1
                                    || ruleReport
                                    || (messages == 0
                                            && err.toString().contains("Usage: wsl-advisor")))
                    .as("one message in " + context)
                    .isTrue();
        }
        if (!c.where().equals("-")) {
            String where =
                    c.where()
                            .replace("{in}", Pattern.quote(String.valueOf(in)))
                            .replace("{dir}", Pattern.quote(dir.toString()));
            assertThat(Pattern.compile(where).matcher(said).find())
                    .as("'" + c.where() + "' named in " + context)
                    .isTrue();
        }
        assertKept(before, c, context);
    }

    /**
     * Every input byte kept: the file as it was, or (apply) a backup beside it holding the
     * original.
     */
    private static void assertKept(Map<Path, byte[]> before, Case c, String context)
            throws IOException {
        for (Map.Entry<Path, byte[]> e : before.entrySet()) {
            Path file = e.getKey();
            if (Arrays.equals(Files.readAllBytes(file), e.getValue())) {
                continue;
            }
            assertThat(c.args())
                    .as("changed " + file + " in " + context)
                    .startsWith("wslconfig apply");
            try (Stream<Path> siblings = Files.list(file.getParent())) {
                assertThat(
                                siblings.filter(
                                                p ->
                                                        p.getFileName()
                                                                .toString()
                                                                .startsWith(
                                                                        file.getFileName()
                                                                                + ".bak-"))
                                        .anyMatch(
                                                p -> {
                                                    try {
                                                        return Arrays.equals(
                                                                Files.readAllBytes(p),
                                                                e.getValue());
                                                    } catch (IOException x) {
                                                        throw new UncheckedIOException(x);
                                                    }
                                                }))
                        .as("backup of " + file + " in " + context)
                        .isTrue();
            }
        }
    }

    private static Map<Path, byte[]> snapshot(Path in) throws IOException {
        Map<Path, byte[]> out = new LinkedHashMap<>();
        if (in == null) {
            return out;
        }
        try (Stream<Path> files = Files.walk(in)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.put(p, Files.readAllBytes(p));
            }
        }
        return out;
    }

    /**
     * The case's input in its own folder: a copy of the stored file or folder, or one made here.
     */
    private static Path prepare(Case c, Path dir) throws IOException {
        if (c.input().equals("-")) {
            return null;
        }
        if (c.input().startsWith("gen:")) {
            String name = c.input().substring(4);
            return Files.write(
                    dir.resolve(
                            name
                                    + (name.startsWith("ask")
                                            ? ".txt"
                                            : name.startsWith("batch") ? ".jsonl" : ".json")),
                    generated(name));
        }
        Path source = CORPUS.resolve(c.input());
        Path target = dir.resolve(source.getFileName());
        if (Files.isDirectory(source)) {
            try (Stream<Path> files = Files.walk(source)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Path t = target.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(t);
                    } else {
                        Files.copy(p, t);
                    }
                }
            }
            return target;
        }
        return Files.copy(source, target);
    }

    private static byte[] generated(String name) {
        StringBuilder s = new StringBuilder();
        switch (name) {
            case "errors-400k" -> {
                s.append("{\"answers\": {\"errors\": [");
                for (int i = 0; i < 400_000; i++) {
                    s.append(i == 0 ? "" : ",").append("\"0x8037").append(i).append('"');
                }
                s.append("]}}");
            }
            case "unknown-fields-5000" -> {
                s.append('{');
                for (int i = 0; i < 5000; i++) {
                    s.append(i == 0 ? "" : ",")
                            .append("\"field")
                            .append(i)
                            .append("\": ")
                            .append(i);
                }
                s.append('}');
            }
            case "distributions-100k" -> {
                s.append("{\"host\": {\"wsl\": {\"installed\": true, \"distributions\": [");
                for (int i = 0; i < 100_000; i++) {
                    s.append(i == 0 ? "" : ",")
                            .append("{\"name\": \"d")
                            .append(i)
                            .append("\", \"version\": 1}");
                }
                s.append("]}}}");
            }
            case "facts-11mib" ->
                    s.append("{\"id\": \"").append("a".repeat(11 * 1024 * 1024)).append("\"}");
            case "ask-no-newline" -> s.append("y".repeat(20_000_000));
            case "ask-endless-why" -> s.append("?\n".repeat(5000));
            case "ask-yes-forever" -> s.append("yes\n".repeat(5000));
            case "batch-long-line" ->
                    s.append("{\"id\": \"").append("b".repeat(2 * 1024 * 1024)).append("\"}\n");
            case "facts-long-key" -> s.append("{\"").append("k".repeat(40_000)).append("\": 1}");
            default -> throw new IllegalArgumentException("no generator " + name);
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * {@code \xNN} and {@code \\} in the arguments column: control characters cannot stand in a
     * text file as they are.
     */
    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '\\') {
                out.append('\\');
                i++;
            } else if (ch == '\\' && i + 3 < s.length() && s.charAt(i + 1) == 'x') {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 4), 16));
                i += 3;
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    private static String cut(String s) {
        return s.length() > 1500 ? s.substring(0, 1500) + "... (" + s.length() + " chars)" : s;
    }
}
