package dev.wsladvisor.probe;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code wsl -l -v}. Its header ({@code NAME STATE VERSION}) and state words are hard-coded
 * in WSL and never translated; each row is an optional {@code *} (the default), the name, the state
 * and 1 or 2. A {@code docker-desktop} distribution means Docker Desktop runs on its WSL 2 backend.
 */
public final class WslListParser {
    private static final Pattern HEADER = Pattern.compile("^\\s*NAME\\s+STATE\\s+VERSION\\s*$");

    /**
     * The state is one of WSL's English words (Running, Stopped, Installing, Converting...):
     * letters only.
     */
    private static final Pattern ROW =
            Pattern.compile("^\\s*(\\*)?\\s*(\\S+)\\s+([A-Za-z]+)\\s+([12])\\s*$");

    /**
     * "Windows Subsystem for Linux Distributions:", translated: a few words ending in a colon,
     * nothing after it.
     */
    private static final Pattern HEADER_PLAIN = Pattern.compile("^[^:：]{3,120}[:：]$");

    /**
     * A distribution name, then maybe the translated default marker in brackets (ASCII or
     * full-width).
     */
    private static final Pattern PLAIN_ROW =
            Pattern.compile("^([A-Za-z0-9][A-Za-z0-9._-]{0,63})(?:\\s*[(（]([^)）]{1,24})[)）])?$");

    private WslListParser() {}

    public static void parse(SourceText source, ProbeResult out) {
        List<String> lines = source.lines();
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (HEADER.matcher(lines.get(i)).matches()) {
                header = i;
                break;
            }
        }
        if (header < 0 && source.text().contains("has no installed distributions")) {
            // wsl.exe answered, so WSL is installed; it has no distribution
            // (MessageNoDefaultDistro). English only.
            String where = source.at(source.firstTextLine());
            out.fill("host.wsl.installed", true, where);
            out.replace("host.wsl.distributions", JsonNodeFactory.instance.arrayNode(), where);
            out.note(
                    where
                            + ": WSL is installed with no distribution yet ('wsl --install -d Ubuntu', or 'wsl --list --online' "
                            + "for the others).");
            return;
        }
        if (header < 0 && source.text().contains("Windows Subsystem for Linux is not installed")) {
            // The Windows 11 stub answers every command so when WSL itself is missing; English
            // only.
            out.fill("host.wsl.installed", false, source.at(source.firstTextLine()));
            return;
        }
        if (header < 0 && WslHelpText.isHelpOrUnknownOption(source.text(), "--verbose")) {
            out.fill("host.wsl.installed", true, source.at(source.firstTextLine()));
            out.note(
                    source.whole()
                            + ": wsl -l -v printed help or an error instead of the list: this wsl.exe does not know -v, "
                            + "so it is an inbox WSL from before WSL 2 (build 18917).");
            return;
        }
        if (header < 0 && readPlainList(source, out)) {
            return;
        }
        if (header < 0) {
            out.warn(
                    source.at(source.firstTextLine())
                            + ": no 'NAME STATE VERSION' header, so this is not the output of "
                            + "wsl -l -v (WSL prints a message instead when no distribution is installed, read in English only); capture it again with "
                            + "'wsl -l -v > wsl-list.txt'");
            return;
        }
        ArrayNode distributions = JsonNodeFactory.instance.arrayNode();
        List<Boolean> stars = new java.util.ArrayList<>();
        boolean docker = false;
        boolean blankBefore = false;
        for (int i = header + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                blankBefore = true;
                continue;
            }
            if (CommandLine.of(line) != null) {
                // The next prompt: the list is over.
                break;
            }
            Matcher row = ROW.matcher(line);
            if (!row.matches() && blankBefore && !distributions.isEmpty()) {
                // Text after a blank line below the rows is not the list any more (a remark, the
                // next prompt).
                break;
            }
            blankBefore = false;
            if (!row.matches()) {
                out.warn(
                        source.at(i + 1)
                                + ": expected a distribution row like '* Ubuntu  Running  2', found '"
                                + WslVersionParser.shorten(line.strip())
                                + "'");
                continue;
            }
            String name = row.group(2);
            distributions
                    .addObject()
                    .put("name", name)
                    .put("version", Integer.parseInt(row.group(4)))
                    .put("state", row.group(3));
            stars.add(row.group(1) != null);
            docker |= name.toLowerCase(Locale.ROOT).startsWith("docker-desktop");
        }
        // A copy that lost every '*' says nothing about the default; false would be a guess.
        if (stars.contains(true)) {
            for (int i = 0; i < distributions.size(); i++) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) distributions.get(i))
                        .put("default", stars.get(i));
            }
        }
        out.fill("host.wsl.installed", true, source.at(header + 1));
        out.replace("host.wsl.distributions", distributions, source.at(header + 1));
        if (docker) {
            out.fill(
                    "host.software.dockerDesktop.backend",
                    "wsl2",
                    source.whole() + " (a docker-desktop distribution)");
        }
    }

    /**
     * Whether {@code lines} (non-blank, stripped) are plain {@code wsl -l} / {@code wsl --list}: a
     * header ending in a colon (translated), then one distribution name per line, exactly one of
     * them marked as the default with a translated word in brackets ({@code (Default)}, {@code
     * (默认)}, {@code (Standard)}, {@code (Padrão)}).
     */
    static boolean isPlainList(List<String> lines) {
        if (lines.size() < 2 || !HEADER_PLAIN.matcher(lines.get(0)).matches()) {
            return false;
        }
        int marked = 0;
        for (int i = 1; i < lines.size(); i++) {
            Matcher row = PLAIN_ROW.matcher(lines.get(i));
            if (!row.matches()) {
                return false;
            }
            marked += row.group(2) != null ? 1 : 0;
        }
        return marked == 1;
    }

    /**
     * Plain {@code wsl -l}: names, and which is the default when one carries the bracketed marker.
     * It shows no WSL version or state, so those stay unknown. False when the text is not that
     * list.
     */
    private static boolean readPlainList(SourceText source, ProbeResult out) {
        List<String> lines = source.lines();
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                header = HEADER_PLAIN.matcher(lines.get(i).strip()).matches() ? i : -1;
                break;
            }
        }
        if (header < 0) {
            return false;
        }
        ArrayNode distributions = JsonNodeFactory.instance.arrayNode();
        int marked = 0;
        for (int i = header + 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                if (!distributions.isEmpty()) {
                    break;
                }
                continue;
            }
            Matcher row = PLAIN_ROW.matcher(line);
            if (!row.matches()) {
                out.warn(
                        source.at(i + 1)
                                + ": expected a distribution name like 'Ubuntu (Default)', found '"
                                + WslVersionParser.shorten(line)
                                + "'");
                return true;
            }
            com.fasterxml.jackson.databind.node.ObjectNode entry =
                    distributions.addObject().put("name", row.group(1));
            if (row.group(2) != null) {
                entry.put("default", true);
                marked++;
            }
        }
        if (distributions.isEmpty()) {
            return false;
        }
        if (marked == 1) {
            distributions.forEach(
                    d -> {
                        if (!d.has("default")) {
                            ((com.fasterxml.jackson.databind.node.ObjectNode) d)
                                    .put("default", false);
                        }
                    });
        }
        out.fill("host.wsl.installed", true, source.at(header + 1));
        out.replace("host.wsl.distributions", distributions, source.at(header + 1));
        out.note(
                source.at(header + 1)
                        + ": wsl -l without -v shows no WSL version per distribution; 'wsl -l -v' shows it.");
        if (distributions.findValuesAsText("name").stream()
                .anyMatch(n -> n.toLowerCase(Locale.ROOT).startsWith("docker-desktop"))) {
            out.fill(
                    "host.software.dockerDesktop.backend",
                    "wsl2",
                    source.whole() + " (a docker-desktop distribution)");
        }
        return true;
    }
}
