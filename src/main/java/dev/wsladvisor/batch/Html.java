package dev.wsladvisor.batch;

import java.util.Locale;

/**
 * The small pieces of HTML the fleet report is written with: escaped text, numbers, shares, links,
 * chart boxes.
 */
final class Html {

    private Html() {}

    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A table cell for a count, with the raw number the page's sorting reads. */
    static String numCell(long n) {
        return "<td class=\"num\" data-v=\"" + n + "\">" + number(n) + "</td>";
    }

    /** {@code n} of {@code hosts} as a share: "0.4%", "12%", "<0.1%". */
    static String percent(long n, long hosts) {
        if (hosts == 0) {
            return "0%";
        }
        double p = 100.0 * n / hosts;
        return (p > 0 && p < 0.1 ? "<0.1" : String.format(Locale.ROOT, p < 10 ? "%.1f" : "%.0f", p))
                + "%";
    }

    static String anchor(String section, String id) {
        return section + "-" + id.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** A source is a link only when it is a web address; anything else is shown as text. */
    static String link(String url) {
        if (url.startsWith("https://") || url.startsWith("http://")) {
            return "<a href=\"" + esc(url) + "\" rel=\"noreferrer\">" + esc(url) + "</a>";
        }
        return esc(url);
    }

    static void chartBox(StringBuilder s, String id) {
        s.append("<div class=\"chart\" id=\"")
                .append(id)
                .append("\" role=\"img\" aria-label=\"Chart of the table beside it\">")
                .append("The chart needs script; the table has the same numbers.</div>\n");
    }
}
