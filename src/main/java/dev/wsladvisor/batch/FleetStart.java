package dev.wsladvisor.batch;

import dev.wsladvisor.errors.UserInputException;
import java.nio.charset.StandardCharsets;

/**
 * Looks at the start of a fleet before the run: a facts document pretty-printed over many lines (as
 * an editor, {@code jq .} or PowerShell's ConvertTo-Json write it) would give one error per line,
 * so it is refused once, saying what to do instead.
 */
public final class FleetStart {

    private FleetStart() {}

    /**
     * {@code head}: the first bytes of the input (up to {@code length}). A JSON Lines record is a
     * whole document on one line. The first line of a pretty-printed document is a lone "{" or "[",
     * or opens one and ends with a comma or colon while the next line is indented or closes it; a
     * fleet whose first record is broken has its next record start at the margin with "{", and is
     * read line by line as usual.
     */
    public static void refuseOneMultiLineDocument(byte[] head, int length, String name) {
        String text = new String(head, 0, length, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\n", -1);
        int first = 0;
        while (first < lines.length - 1 && lines[first].isBlank()) {
            first++;
        }
        if (first >= lines.length - 1) {
            return; // no whole first line in what was read
        }
        String opening = lines[first].strip();
        String next = "";
        for (int i = first + 1; i < lines.length - 1 && next.isEmpty(); i++) {
            next = lines[i].isBlank() ? "" : lines[i].stripTrailing();
        }
        boolean lone = opening.equals("{") || opening.equals("[") || opening.equals("[{");
        boolean opened =
                !opening.isEmpty()
                        && "{[".indexOf(opening.charAt(0)) >= 0
                        && "{[,:".indexOf(opening.charAt(opening.length() - 1)) >= 0
                        && !next.isEmpty()
                        && (Character.isWhitespace(next.charAt(0))
                                || "\"}]".indexOf(next.charAt(0)) >= 0);
        if (lone || opened) {
            String jq = opening.charAt(0) == '[' ? "jq -c '.[]' " : "jq -c . ";
            throw new UserInputException(
                    name
                            + ":"
                            + (first + 1)
                            + ": this looks like one JSON document spread over several"
                            + " lines, but batch reads one facts document per line (JSON Lines). For one host, use"
                            + " wsl-advisor advise --facts "
                            + name
                            + "; for a fleet, put each document on one line"
                            + " ("
                            + jq
                            + name
                            + " > fleet.jsonl does it).");
        }
    }
}
