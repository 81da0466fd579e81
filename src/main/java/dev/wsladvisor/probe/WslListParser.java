package dev.wsladvisor.probe;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code wsl -l -v}. Its header ({@code NAME STATE VERSION}) and state words are hard-coded in WSL and
 * never translated; each row is an optional {@code *} (the default), the name, the state and 1 or 2. A
 * {@code docker-desktop} distribution means Docker Desktop runs on its WSL 2 backend.
 */
public final class WslListParser {
    private static final Pattern HEADER = Pattern.compile("^\\s*NAME\\s+STATE\\s+VERSION\\s*$");
    private static final Pattern ROW = Pattern.compile("^\\s*(\\*)?\\s*(\\S+)\\s+(\\S+)\\s+([12])\\s*$");

    private WslListParser() {
    }

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
            // wsl.exe answered, so WSL is installed; it has no distribution (MessageNoDefaultDistro). English only.
            String where = source.at(source.firstTextLine());
            out.fill("host.wsl.installed", true, where);
            out.replace("host.wsl.distributions", JsonNodeFactory.instance.arrayNode(), where);
            out.note(where + ": WSL is installed with no distribution yet ('wsl --install -d Ubuntu', or 'wsl --list --online' "
                    + "for the others).");
            return;
        }
        if (header < 0 && source.text().contains("Windows Subsystem for Linux is not installed")) {
            // The Windows 11 stub answers every command so when WSL itself is missing; English only.
            out.fill("host.wsl.installed", false, source.at(source.firstTextLine()));
            return;
        }
        if (header < 0) {
            out.warn(source.at(source.firstTextLine()) + ": no 'NAME STATE VERSION' header, so this is not the output of "
                    + "wsl -l -v (WSL prints a message instead when no distribution is installed, read in English only); capture it again with "
                    + "'wsl -l -v > wsl-list.txt'");
            return;
        }
        ArrayNode distributions = JsonNodeFactory.instance.arrayNode();
        List<Boolean> stars = new java.util.ArrayList<>();
        boolean docker = false;
        for (int i = header + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (!row.matches()) {
                out.warn(source.at(i + 1) + ": expected a distribution row like '* Ubuntu  Running  2', found '"
                        + WslVersionParser.shorten(line.strip()) + "'");
                continue;
            }
            String name = row.group(2);
            distributions.addObject()
                    .put("name", name)
                    .put("version", Integer.parseInt(row.group(4)))
                    .put("state", row.group(3));
            stars.add(row.group(1) != null);
            docker |= name.toLowerCase(Locale.ROOT).startsWith("docker-desktop");
        }
        // A copy that lost every '*' says nothing about the default; false would be a guess.
        if (stars.contains(true)) {
            for (int i = 0; i < distributions.size(); i++) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) distributions.get(i)).put("default", stars.get(i));
            }
        }
        out.fill("host.wsl.installed", true, source.at(header + 1));
        out.replace("host.wsl.distributions", distributions, source.at(header + 1));
        if (docker) {
            out.fill("host.software.dockerDesktop.backend", "wsl2", source.whole() + " (a docker-desktop distribution)");
        }
    }
}
