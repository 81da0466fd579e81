package dev.wsladvisor.batch;

import static dev.wsladvisor.batch.Html.esc;
import static dev.wsladvisor.batch.Html.number;

import java.util.List;

/**
 * The fold-out list of the hosts behind one row of the fleet report: the first names, and past them
 * the count of the rest with the jq command that lists every one from the records.
 */
final class HostList {

    private final String source;
    private final StringBuilder s;

    /**
     * @param source what the hosts' records are called in the command the list suggests
     *     (advice.jsonl), or null when they went to standard output
     */
    HostList(String source, StringBuilder s) {
        this.source = source;
        this.s = s;
    }

    /**
     * {@code id}: the blocker's id or the fact's path, for a jq command that lists every host (left
     * out when odd).
     */
    void append(List<String> ids, long more, String jqFilter, String id) {
        boolean shellSafe = id.matches("[A-Za-z0-9._:-]+");
        long all = ids.size() + more;
        s.append("<details><summary>")
                .append(
                        more > 0
                                ? "Which hosts: the first "
                                        + number(ids.size())
                                        + " of "
                                        + number(all)
                                : all == 1 ? "Which host" : "Which hosts: all " + number(all))
                .append("</summary>\n<div class=\"hosts\">");
        for (String host : ids) {
            s.append("<span>").append(esc(host)).append("</span>");
        }
        s.append("</div>\n");
        if (more > 0) {
            s.append("<p class=\"more\">and ").append(number(more)).append(" more");
            if (shellSafe) {
                // The whole list is in the records: the page says how to get it rather than growing
                // with the fleet.
                String command =
                        "jq -r '"
                                + jqFilter
                                + " | .id // \"line \\(.line)\"' "
                                + (source == null ? "advice.jsonl" : shellWord(source));
                s.append(
                                source == null
                                        ? "; every one, from batch's JSON Lines records: <code>"
                                        : "; every one: <code>")
                        .append(esc(command))
                        .append("</code>");
            }
            s.append(".</p>\n");
        }
        s.append("</details>\n");
    }

    /** A file name as one shell word: quoted when it holds anything but safe characters. */
    static String shellWord(String name) {
        return name.matches("[A-Za-z0-9_./:=+-]+") ? name : "'" + name.replace("'", "'\\''") + "'";
    }
}
