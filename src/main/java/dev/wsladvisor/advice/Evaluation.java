package dev.wsladvisor.advice;

import dev.wsladvisor.rules.Blocker;
import dev.wsladvisor.rules.NextStep;
import dev.wsladvisor.rules.Reason;
import dev.wsladvisor.rules.Warning;
import java.util.List;

/** Everything the rules said about one host, and the decision drawn from it. */
public record Evaluation(
        List<Reason> reasons,
        List<Blocker> blockers,
        List<Warning> warnings,
        List<NextStep> nextSteps,
        List<Object> otherOutputs,
        Decision decision) {}
