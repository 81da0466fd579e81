package dev.wsladvisor.batch;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.Locale;

/** How each result is written: one line of JSON, or one CSV row. */
public enum RecordFormat {
    /**
     * The advice document with {@code "line"} first and {@code "host"} last (what the fleet report
     * groups by); errors as {@code {"line":N,"id":...,"error":"..."}}.
     */
    jsonl {
        @Override
        String header() {
            return null;
        }

        @Override
        String format(HostResult r) {
            if (r.adviceJson() != null) {
                String advice = r.adviceJson();
                return "{\"line\":"
                        + r.line()
                        + ","
                        + advice.substring(1, advice.length() - 1)
                        + ",\"host\":"
                        + host(r.traits())
                        + "}";
            }
            if (r.skipped()) {
                return "{\"line\":" + r.line() + ",\"id\":null,\"skipped\":\"blank line\"}";
            }
            return "{\"line\":"
                    + r.line()
                    + ",\"id\":"
                    + quote(r.id())
                    + ",\"error\":"
                    + quote(r.error())
                    + "}";
        }
    },
    /** A header, then one row per input line. */
    csv {
        @Override
        String header() {
            return "line,id,recommendation,blocked,confidence,blockers,blockerMessages,warnings,warningMessages,error";
        }

        /**
         * RFC 4180 ends records with CRLF; spreadsheets take either, strict CSV readers want this
         * one.
         */
        @Override
        String lineEnd() {
            return "\r\n";
        }

        @Override
        String format(HostResult r) {
            StringBuilder s = new StringBuilder(128);
            s.append(r.line()).append(',').append(cell(r.id())).append(',');
            if (r.recommendation() != null) {
                s.append(r.recommendation())
                        .append(',')
                        .append(r.blocked())
                        .append(',')
                        .append(String.format(Locale.ROOT, "%.2f", r.confidence()))
                        .append(',')
                        .append(cell(String.join(";", r.blockerIds())))
                        .append(',')
                        .append(cell(messages(r.blockers())))
                        .append(',')
                        .append(cell(String.join(";", r.warningIds())))
                        .append(',')
                        .append(cell(messages(r.warnings())))
                        .append(',');
            } else {
                s.append(",,,,,,,").append(cell(r.skipped() ? null : r.error()));
            }
            return s.toString();
        }
    };

    /** The first line of the output, or null. */
    abstract String header();

    /** What ends each record: JSON Lines end with LF. */
    String lineEnd() {
        return "\n";
    }

    abstract String format(HostResult r);

    /** One line per record: the texts in the order of their ids, apart by " | ". */
    private static String messages(java.util.List<HostFinding> findings) {
        return String.join(" | ", findings.stream().map(HostFinding::message).toList());
    }

    /**
     * {"facts":N,"edition":...,"build":...,"displayVersion":...}, the last three only when known.
     */
    private static String host(HostTraits t) {
        StringBuilder s = new StringBuilder(80).append("{\"facts\":").append(t.hostFacts());
        if (t.edition() != null) {
            s.append(",\"edition\":").append(quote(t.edition()));
        }
        if (t.build() != null) {
            s.append(",\"build\":").append(t.build());
        }
        if (t.displayVersion() != null) {
            s.append(",\"displayVersion\":").append(quote(t.displayVersion()));
        }
        return s.append('}').toString();
    }

    private static String quote(String s) {
        return s == null
                ? "null"
                : "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }

    /**
     * RFC 4180: quoted when it holds a comma, quote or line break. A leading = + - @ tab or
     * carriage return is defused for spreadsheets, which would take the cell for a formula (OWASP's
     * list for CSV injection).
     */
    static String cell(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String v = "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        if (v.indexOf(',') >= 0
                || v.indexOf('"') >= 0
                || v.indexOf('\n') >= 0
                || v.indexOf('\r') >= 0) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
