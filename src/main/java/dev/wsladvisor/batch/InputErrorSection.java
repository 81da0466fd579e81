package dev.wsladvisor.batch;

import static dev.wsladvisor.batch.Html.esc;
import static dev.wsladvisor.batch.Html.numCell;
import static dev.wsladvisor.batch.Html.number;

/** The fleet report's section on the lines that could not be advised, with their messages. */
final class InputErrorSection {

    private final FleetReport r;
    private final StringBuilder s;

    InputErrorSection(FleetReport report, StringBuilder s) {
        this.r = report;
        this.s = s;
    }

    void append() {
        s.append(
                "<section id=\"input-errors\">\n<h2>Input errors</h2>\n<p class=\"lead\">Lines that could not be advised:"
                        + " fix them in the fleet file and run again.</p>\n");
        if (r.inputErrors().isEmpty()) {
            s.append("<p class=\"none\">None.</p>\n</section>\n");
            return;
        }
        s.append(
                "<table class=\"sortable\"><thead><tr><th class=\"num\">Line</th><th>Id</th><th>Message</th></tr></thead>\n<tbody>\n");
        for (FleetReport.InputError e : r.inputErrors()) {
            s.append("<tr class=\"filterable\">")
                    .append(numCell(e.line()))
                    .append("<td>")
                    .append(esc(e.id() == null ? "" : e.id()))
                    .append("</td><td>")
                    .append(esc(e.message()))
                    .append("</td></tr>\n");
        }
        s.append("</tbody></table>\n");
        if (r.inputErrorsOmitted() > 0) {
            s.append("<p class=\"more\">and ")
                    .append(number(r.inputErrorsOmitted()))
                    .append(" more lines with errors.</p>\n");
        }
        s.append("</section>\n");
    }
}
