package dev.wsladvisor.advice;

import dev.wsladvisor.text.Visible;
import java.util.List;

/**
 * The advice for a person: verdict and summary first, then blockers with their fixes, warnings,
 * next steps as commands to paste, then the reasons with their sources. Colour only when asked (a
 * terminal, no NO_COLOR).
 */
public final class TextReport {

    private final boolean colour;
    private final boolean explain;

    public TextReport(boolean colour, boolean explain) {
        this.colour = colour;
        this.explain = explain;
    }

    static final String READINESS_UNKNOWN = "readiness-unknown";

    public String render(Advice a) {
        StringBuilder s = new StringBuilder();
        // Blockers in the way that do not block: the recommended version can never run here, which
        // the policy allows only when neither can; the contract's recommendation is then nominal,
        // and not shown as one.
        boolean nothingRuns = !a.blocked() && !a.blockers().isEmpty();
        // With no host facts, nothing says the PC is ready (rule readiness-unknown in
        // rules/requirements.drl).
        boolean readinessUnknown =
                a.warnings().stream().anyMatch(w -> READINESS_UNKNOWN.equals(w.id()));
        String state =
                a.blocked()
                        ? paint("31;1", "blocked") + ": fix the blockers below first"
                        : nothingRuns
                                ? paint("33", "WSL cannot run on this PC")
                                : readinessUnknown
                                        ? paint("33", "readiness unknown")
                                        : paint("32", "ready");
        s.append(paint("1", "Recommendation: " + (nothingRuns ? "none" : a.recommendation())))
                .append("  (")
                .append(state)
                .append(", confidence ")
                .append(Math.round(a.confidence() * 100))
                .append("%)\n");
        s.append(v(a.summary())).append("\n");

        if (!a.blockers().isEmpty()) {
            heading(s, "Blockers");
            for (Advice.BlockerItem b : a.blockers()) {
                s.append("  ")
                        .append(paint("31", "x"))
                        .append(' ')
                        .append(v(b.message()))
                        .append('\n');
                if (b.fix() != null) {
                    s.append("    fix: ").append(v(b.fix())).append('\n');
                }
                detail(s, b.id(), b.facts(), b.source());
            }
        }
        if (!a.warnings().isEmpty()) {
            heading(s, "Warnings");
            for (Advice.WarningItem w : a.warnings()) {
                s.append("  ")
                        .append(paint("33", "!"))
                        .append(' ')
                        .append(v(w.message()))
                        .append('\n');
                if (w.fix() != null) {
                    s.append("    fix: ").append(v(w.fix())).append('\n');
                }
                detail(s, w.id(), w.facts(), w.source());
            }
        }
        if (!a.nextSteps().isEmpty()) {
            heading(s, "Next steps");
            int n = 1;
            for (String step : a.nextSteps()) {
                // Not String.format: its first %d sets up the locale's number symbols, a few ms of
                // a cold start.
                s.append("  ").append(n++).append(". ").append(v(step)).append('\n');
            }
        }
        if (!a.wslconfig().settings().isEmpty()) {
            heading(s, "Suggested %UserProfile%\\.wslconfig");
            for (String line : a.wslconfig().text().split("\n")) {
                s.append("    ").append(v(line)).append('\n');
            }
        }
        if (!a.wslconfig().findings().isEmpty()) {
            heading(s, "Your .wslconfig");
            for (Advice.Finding f : a.wslconfig().findings()) {
                String where =
                        (f.file() == null ? ".wslconfig" : f.file())
                                + (f.line() == null ? "" : ":" + f.line())
                                + (f.column() == null ? "" : ":" + f.column());
                s.append("  ")
                        .append(v(where))
                        .append(": ")
                        .append(f.severity())
                        .append(": ")
                        .append(v(f.message()))
                        .append(f.fix() == null ? "" : " (" + v(f.fix()) + ")")
                        .append('\n');
            }
        }
        if (a.wslconfig().note() != null) {
            s.append("\n").append(v(a.wslconfig().note())).append('\n');
        }
        heading(s, "Why");
        for (Advice.ReasonItem r : a.reasons()) {
            String side =
                    r.favors().equals(a.recommendation()) ? paint("32", "+") : paint("90", "-");
            s.append("  ")
                    .append(side)
                    .append(' ')
                    .append(r.favors())
                    .append(' ')
                    .append(weight(r.weight()))
                    .append(": ")
                    .append(v(r.explanation()))
                    .append('\n');
            detail(s, r.rule(), r.facts(), r.source());
        }
        if (!a.whatIf().isEmpty()) {
            heading(s, "What would change the answer");
            for (Advice.WhatIfItem w : a.whatIf()) {
                s.append("  if ")
                        .append(v(w.change()))
                        .append(" -> ")
                        .append(w.recommendation())
                        .append(w.blocked() ? ", blocked" : ", ready")
                        .append('\n');
            }
        }
        if (!a.unknown().isEmpty()) {
            heading(s, "Not known, and would matter");
            s.append("  ").append(String.join(", ", a.unknown())).append('\n');
            boolean hostFacts = a.unknown().stream().anyMatch(u -> u.startsWith("host."));
            boolean answers = a.unknown().stream().anyMatch(u -> u.startsWith("answers."));
            s.append("  Add them to the facts file")
                    .append(
                            hostFacts
                                    ? "; 'wsl-advisor probe' detects the host facts on the PC"
                                    : "")
                    .append(answers ? "; 'wsl-advisor ask' asks for the answers" : "")
                    .append(".\n");
        }
        return s.toString();
    }

    /**
     * Text that may quote the input (an error message the person saw, a file name, a user rule's
     * words), made visible: no escape sequence or line break from a facts file reaches the terminal
     * as it is.
     */
    private static String v(String text) {
        return Visible.escape(text);
    }

    private static String weight(int w) {
        if (w >= 1000) {
            return "(the other cannot run)";
        }
        // The advice document carries the strength as its weight (rules.Strength).
        for (dev.wsladvisor.rules.Strength s : dev.wsladvisor.rules.Strength.values()) {
            if (w >= s.weight()) {
                return "(" + s.label() + ")";
            }
        }
        return "(note)";
    }

    private void detail(StringBuilder s, String id, List<String> facts, String source) {
        if (explain) {
            s.append("    rule: ").append(v(id)).append('\n');
            if (!facts.isEmpty()) {
                s.append("    facts: ").append(v(String.join("; ", facts))).append('\n');
            }
        }
        if (source != null) {
            s.append("    source: ").append(paint("90", v(source))).append('\n');
        }
    }

    private void heading(StringBuilder s, String title) {
        s.append('\n').append(paint("1", title)).append('\n');
    }

    private String paint(String code, String text) {
        return colour ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
