package dev.wsladvisor.cli;

import dev.wsladvisor.advice.Advice;
import dev.wsladvisor.advice.JsonReport;
import dev.wsladvisor.advice.TextReport;
import java.io.PrintWriter;

/** Prints one host's advice as advise and ask do: the contract's JSON, or the text for a person. */
final class AdviceOutput {

    private AdviceOutput() {}

    static void print(
            Advice advice, boolean json, boolean explain, boolean colour, PrintWriter out) {
        if (json) {
            out.println(JsonReport.pretty(advice));
        } else {
            out.print(new TextReport(colour, explain).render(advice));
        }
        out.flush();
    }
}
