package dev.wsladvisor.cli;

import dev.wsladvisor.advice.Advice;
import dev.wsladvisor.advice.JsonReport;
import dev.wsladvisor.rules.RuleBase;
import java.util.List;

/**
 * Cold-start help for commands that run the rules: on a second core, load the precompiled rules, evaluate a
 * typical host once and write an advice document once, while the main thread parses the command line and
 * reads the facts. The main thread then finds the knowledge base built and the classes it needs loaded.
 * Nothing here changes a result; it only moves work off the critical path (docs/performance.md).
 */
final class StartupWarmup {

    private StartupWarmup() {
    }

    static void start(String[] args) {
        for (String arg : args) {
            if (arg.equals("advise") || arg.equals("ask") || arg.equals("batch") || arg.equals("rules")) {
                RuleBase.preload(StartupWarmup::warmJson);
                return;
            }
            if (arg.equals("probe") || arg.equals("--help") || arg.equals("-h") || arg.equals("--version")) {
                return;
            }
        }
    }

    private static void warmJson() {
        Advice sample = new Advice(Advice.SCHEMA_VERSION, "warm-up", "WSL2", false, 1.0, "Use WSL2.",
                List.of(new Advice.BlockerItem("b", "m", "f", "s", List.of("x = 1"))),
                List.of(new Advice.ReasonItem("r", "WSL2", 10, "e", List.of("x = 1"), "s")),
                List.of(new Advice.WarningItem("w", "m", "f", "s", List.of())),
                new Advice.WslConfigPart(List.of(new Advice.Setting("wsl2", "k", "v", "r", null)), "", List.of(), null),
                List.of(new Advice.WhatIfItem("x = 2", "WSL1", false)), List.of("n"), List.of("u"));
        JsonReport.pretty(sample);
        JsonReport.compact(sample);
    }
}
