package dev.wsladvisor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which project packages each source file refers to, read from the source text: imports (static
 * ones too) and names written out in full in the code, comments and string literals left aside.
 * Source rather than class files, so a stale class left in {@code target/} by a moved source cannot
 * pass or fail the check.
 */
public final class SourceDependencies {

    /**
     * {@code file:line} refers to {@code target} (a class, or {@code pkg.*}) in package {@code
     * targetPackage}.
     */
    public record Reference(
            Path file, int line, String fromPackage, String targetPackage, String target) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + fromPackage + " -> " + target;
        }
    }

    private static final Pattern PACKAGE =
            Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    // A project name written in full: packages in lower case up to a class (capitalised) or an
    // import's '*'.
    private static final Pattern NAME =
            Pattern.compile("\\bdev\\.wsladvisor((?:\\.[a-z_]\\w*)*)\\.([A-Z]\\w*|\\*)");

    private SourceDependencies() {}

    /**
     * Every reference to a {@code dev.wsladvisor} package other than the file's own, in the {@code
     * .java} files under {@code root}.
     */
    public static List<Reference> under(Path root) {
        List<Reference> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                out.addAll(of(f, Files.readString(f)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The references of one source text. */
    public static List<Reference> of(Path file, String source) {
        String code = withoutCommentsAndStrings(source);
        Matcher p = PACKAGE.matcher(code);
        String own = p.find() ? p.group(1) : "";
        List<Reference> out = new ArrayList<>();
        Matcher m = NAME.matcher(code);
        while (m.find()) {
            String pkg = "dev.wsladvisor" + m.group(1);
            if (!pkg.equals(own)) {
                out.add(
                        new Reference(
                                file, lineOf(code, m.start()), own, pkg, pkg + "." + m.group(2)));
            }
        }
        return out;
    }

    /** The package graph: each package to the packages it refers to. */
    public static Map<String, Set<String>> graph(List<Reference> refs) {
        Map<String, Set<String>> g = new TreeMap<>();
        for (Reference r : refs) {
            g.computeIfAbsent(r.fromPackage(), k -> new LinkedHashSet<>()).add(r.targetPackage());
        }
        return g;
    }

    /**
     * A cycle in the graph as the packages along it, first repeated at the end; empty when there is
     * none.
     */
    public static Optional<List<String>> cycle(Map<String, Set<String>> graph) {
        Map<String, Integer> state = new LinkedHashMap<>();
        for (String start : graph.keySet()) {
            List<String> path = new ArrayList<>();
            Optional<List<String>> found = visit(start, graph, state, path);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<List<String>> visit(
            String node,
            Map<String, Set<String>> graph,
            Map<String, Integer> state,
            List<String> path) {
        Integer s = state.get(node);
        if (s != null && s == 1) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            cycle.add(node);
            return Optional.of(cycle);
        }
        if (s != null) {
            return Optional.empty();
        }
        state.put(node, 1);
        path.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            Optional<List<String>> found = visit(next, graph, state, path);
            if (found.isPresent()) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        state.put(node, 2);
        return Optional.empty();
    }

    /**
     * Blanks comments, string and character literals and text blocks, keeping line breaks so lines
     * still count.
     */
    public static String withoutCommentsAndStrings(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            String end =
                    s.startsWith("//", i)
                            ? "\n"
                            : s.startsWith("/*", i)
                                    ? "*/"
                                    : s.startsWith("\"\"\"", i)
                                            ? "\"\"\""
                                            : c == '"' ? "\"" : c == '\'' ? "'" : null;
            if (end == null) {
                out.append(c);
                i++;
                continue;
            }
            int from =
                    i + (end.equals("\"\"\"") ? 3 : end.equals("\n") || end.equals("*/") ? 2 : 1);
            int j = from;
            while (j < s.length() && !s.startsWith(end, j)) {
                j += s.charAt(j) == '\\' && !end.equals("\n") && !end.equals("*/") ? 2 : 1;
            }
            int stop = Math.min(s.length(), end.equals("\n") ? j : j + end.length());
            for (int k = i; k < stop; k++) {
                out.append(s.charAt(k) == '\n' ? '\n' : ' ');
            }
            i = stop;
        }
        return out.toString();
    }

    private static int lineOf(String s, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (s.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
