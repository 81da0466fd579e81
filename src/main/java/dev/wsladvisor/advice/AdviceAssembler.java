package dev.wsladvisor.advice;

import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.rules.Blocker;
import dev.wsladvisor.rules.NextStep;
import dev.wsladvisor.rules.Reason;
import dev.wsladvisor.rules.Warning;
import dev.wsladvisor.rules.WslVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns what the rules said into the advice document: ordered, explained, with what-ifs and
 * unknowns.
 */
public final class AdviceAssembler {

    /** Weight shown for "the other version can never run here": above any need. */
    static final int CANNOT_RUN_WEIGHT = 1000;

    private final Advisor advisor;
    private final WslConfigReporter wslConfig;

    public AdviceAssembler(Advisor advisor, WslConfigReporter wslConfig) {
        this.advisor = advisor;
        this.wslConfig = wslConfig;
    }

    public Advice advise(FactsDocument facts) {
        return advise(facts, true);
    }

    /**
     * With {@code sensitivity} false (batch without --what-if) the many trial evaluations behind
     * {@code whatIf} and {@code unknown} are skipped: both are null (left out of the JSON) and the
     * confidence does not count unknown facts.
     */
    public Advice advise(FactsDocument facts, boolean sensitivity) {
        Evaluation evaluation = advisor.evaluate(facts);
        Decision decision = evaluation.decision();
        WslVersion rec = decision.recommendation();
        List<Sensitivity.Impact> unknown = List.of();
        List<Sensitivity.Impact> whatIf = new ArrayList<>();
        if (sensitivity) {
            Sensitivity analysis = new Sensitivity(advisor);
            List<List<Sensitivity.Impact>> both =
                    advisor.withTrials(
                            facts,
                            trials ->
                                    List.of(
                                            analysis.unknownThatMatter(facts, decision, trials),
                                            analysis.whatIf(facts, decision, trials)));
            unknown = both.get(0);
            whatIf.addAll(both.get(1));
            // An unknown fact whose value could leave no WSL able to run matters, but is no "what
            // if" to offer.
            unknown.stream()
                    .filter(i -> !i.decision().nothingRuns())
                    .filter(i -> i.strength() == 3 || (i.strength() == 2 && decision.blocked()))
                    .forEach(whatIf::add);
        }

        // The warnings and the plan both answer for the reasons of the version not recommended.
        List<Reason> lost = lostReasons(evaluation, decision);
        // Where no WSL can run, a fixable blocker of the nominal recommendation fixes nothing: only
        // what makes it so.
        List<Blocker> inTheWay =
                evaluation.blockers().stream()
                        .filter(b -> b.blocks(rec) && (b.isPermanent() || !decision.nothingRuns()))
                        .sorted(
                                Comparator.comparing(Blocker::isPermanent)
                                        .reversed()
                                        .thenComparingInt(Blocker::getOrder)
                                        .thenComparing(Blocker::getId))
                        .toList();
        return new Advice(
                Advice.SCHEMA_VERSION,
                facts.id(),
                rec.name(),
                decision.blocked(),
                Confidence.of(
                        decision,
                        unknown,
                        evaluation.reasons(),
                        facts.hasUnrecognisedError(),
                        facts.readinessUnknown()),
                Summary.of(decision, inTheWay, evaluation.blockers(), facts.readinessUnknown()),
                inTheWay.stream()
                        .map(
                                b ->
                                        new Advice.BlockerItem(
                                                b.getId(),
                                                b.getMessage(),
                                                b.getFix(),
                                                b.getSource(),
                                                b.getFacts()))
                        .toList(),
                reasons(evaluation, rec),
                warnings(evaluation, decision, lost),
                wslConfig.report(evaluation),
                !sensitivity
                        ? null
                        : whatIf.stream()
                                .map(
                                        i ->
                                                new Advice.WhatIfItem(
                                                        Sensitivity.describe(i.path(), i.value()),
                                                        i.decision().recommendation().name(),
                                                        i.decision().blocked()))
                                .toList(),
                decision.nothingRuns() ? List.of() : nextSteps(evaluation, decision, lost),
                !sensitivity ? null : unknown.stream().map(Sensitivity.Impact::path).toList());
    }

    /**
     * Every reason, plus "the other version can never run here" for permanent blockers, heaviest
     * first.
     */
    private static List<Advice.ReasonItem> reasons(Evaluation evaluation, WslVersion rec) {
        List<Advice.ReasonItem> out = new ArrayList<>();
        for (Blocker b : evaluation.blockers()) {
            if (b.isPermanent() && !b.blocks(rec)) {
                out.add(
                        new Advice.ReasonItem(
                                b.getId(),
                                rec.name(),
                                CANNOT_RUN_WEIGHT,
                                b.getMessage(),
                                b.getFacts(),
                                b.getSource()));
            }
        }
        evaluation.reasons().stream()
                .sorted(
                        Comparator.comparingInt(Reason::getWeight)
                                .reversed()
                                .thenComparing(r -> r.getFavors() != rec)
                                .thenComparing(Reason::getRule))
                .forEach(
                        r ->
                                out.add(
                                        new Advice.ReasonItem(
                                                r.getRule(),
                                                r.getFavors().name(),
                                                r.getWeight(),
                                                r.getExplanation(),
                                                r.getFacts(),
                                                r.getSource())));
        return out;
    }

    /**
     * Needs and exceptions the verdict leaves unmet come first ({@code unmet-<rule>}), then the
     * frictions it keeps with their documented workaround ({@code workaround-<rule>}), then the
     * rules' warnings for this verdict. Where no WSL can run at all, nothing is singled out as
     * unmet: the blocker that says so covers it all.
     */
    private static List<Advice.WarningItem> warnings(
            Evaluation evaluation, Decision decision, List<Reason> lost) {
        WslVersion rec = decision.recommendation();
        Map<String, Advice.WarningItem> out = new LinkedHashMap<>();
        lost.forEach(
                r -> {
                    String id = (r.decides() ? "unmet-" : "workaround-") + r.getRule();
                    String message =
                            r.decides()
                                    ? "Left unmet by "
                                            + rec.name()
                                            + ": "
                                            + String.join(", ", r.getFacts())
                                            + ". "
                                            + r.getExplanation()
                                    : "This favours "
                                            + r.getFavors().name()
                                            + (cannotRun(r.getFavors(), decision)
                                                    ? ", which cannot run on this PC: "
                                                    : ", but it is no reason to give up "
                                                            + rec.name()
                                                            + ": ")
                                            + r.getExplanation()
                                            + " The workaround keeps "
                                            + rec.name()
                                            + ".";
                    out.putIfAbsent(
                            id,
                            new Advice.WarningItem(
                                    id,
                                    message,
                                    workaround(r, decision, evaluation.blockers()),
                                    r.getSource(),
                                    r.getFacts()));
                });
        evaluation.warnings().stream()
                .filter(w -> w.appliesTo(rec))
                .sorted(
                        Comparator.comparing((Warning w) -> w.getConcerns() == null)
                                .thenComparing(Warning::getId))
                .forEach(
                        w ->
                                out.putIfAbsent(
                                        w.getId() + "|" + w.getMessage(),
                                        new Advice.WarningItem(
                                                w.getId(),
                                                w.getMessage(),
                                                w.getFix(),
                                                w.getSource(),
                                                w.getFacts())));
        return List.copyOf(out.values());
    }

    /**
     * The reasons of the version not recommended that the advice must answer for, strongest first.
     */
    private static List<Reason> lostReasons(Evaluation evaluation, Decision decision) {
        return evaluation.reasons().stream()
                .filter(r -> decision.unmetIds().contains(r.getRule()))
                .sorted(Comparator.comparing(Reason::getStrength).thenComparing(Reason::getRule))
                .toList();
    }

    /**
     * The rule's workaround; where the version the need favours can never run on this PC, no
     * distribution of it can run beside the other, so only what works elsewhere is offered.
     */
    private static String workaround(Reason r, Decision decision, List<Blocker> blockers) {
        WslVersion favors = r.getFavors();
        // A friction's workaround is how to live with the recommended version, which holds whether
        // or not the other one could run; a need's workaround would run the other version beside
        // it, which it cannot where it never runs.
        if (r.decides() && cannotRun(favors, decision)) {
            if (r.getWorkaroundElsewhere() != null) {
                return r.getWorkaroundElsewhere();
            }
            String why =
                    blockers.stream()
                            .filter(b -> b.isPermanent() && b.blocks(favors))
                            .map(Blocker::getMessage)
                            .findFirst()
                            .orElse("a permanent blocker");
            return favors.name()
                    + " cannot run on this PC ("
                    + (why.endsWith(".") ? why.substring(0, why.length() - 1) : why)
                    + "), so this need can be met only on another machine: a PC that runs "
                    + favors.name()
                    + ", or a remote Linux host.";
        }
        if (r.getWorkaround() != null) {
            return r.getWorkaround();
        }
        return "Keep a second distribution on "
                + favors.name()
                + " for this work: WSL1 and WSL2 distributions run side by side (wsl --set-version <distro> "
                + favors.name().substring(3)
                + ").";
    }

    private static boolean cannotRun(WslVersion version, Decision decision) {
        return version == WslVersion.WSL2 ? decision.neverWsl2() : decision.neverWsl1();
    }

    /**
     * The rules' steps in their order, then the workarounds of the frictions and needs the verdict
     * leaves.
     */
    private static List<String> nextSteps(
            Evaluation evaluation, Decision decision, List<Reason> lost) {
        Set<String> out = new LinkedHashSet<>();
        evaluation.nextSteps().stream()
                .sorted(Comparator.comparingInt(NextStep::getStep).thenComparing(NextStep::getText))
                .forEach(s -> out.add(s.getText()));
        lost.forEach(r -> out.add(workaround(r, decision, evaluation.blockers())));
        return List.copyOf(out);
    }
}
