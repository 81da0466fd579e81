package dev.wsladvisor.batch;

import dev.wsladvisor.UserInputException;
import java.nio.charset.StandardCharsets;

/**
 * Looks at the start of a fleet before the run: a facts document pretty-printed over many lines (as an editor,
 * {@code jq .} or PowerShell's ConvertTo-Json write it) would give one error per line, so it is refused once,
 * saying what to do instead.
 */
public final class FleetStart {

    private FleetStart() {
    }

    /**
     * {@code head}: the first bytes of the input (up to {@code length}). A JSON Lines record is a whole document
     * on one line, so no record's line ends with an opening brace or bracket, a comma or a colon; the first
     * line of a pretty-printed document does ("{", or "{ \"schemaVersion\": 1,").
     */
    public static void refuseOneMultiLineDocument(byte[] head, int length, String name) {
        int start = length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF ? 3 : 0;
        int lineNo = 1;
        int i = start;
        while (i < length) {
            int end = i;
            while (end < length && head[end] != '\n') {
                end++;
            }
            if (end == length && length == head.length) {
                return; // the first line goes on past what was read: not a short opening line
            }
            String line = new String(head, i, end - i, StandardCharsets.UTF_8).strip();
            if (!line.isEmpty()) {
                char first = line.charAt(0);
                char last = line.charAt(line.length() - 1);
                if ((first == '{' || first == '[') && (end < length) && "{[,:".indexOf(last) >= 0) {
                    String jq = first == '[' ? "jq -c '.[]' " : "jq -c . ";
                    throw new UserInputException(name + ":" + lineNo + ": this looks like one JSON document spread over several"
                            + " lines, but batch reads one facts document per line (JSON Lines). For one host, use"
                            + " wsl-advisor advise --facts " + name + "; for a fleet, put each document on one line"
                            + " (" + jq + name + " > fleet.jsonl does it).");
                }
                return;
            }
            lineNo++;
            i = end + 1;
        }
    }
}
