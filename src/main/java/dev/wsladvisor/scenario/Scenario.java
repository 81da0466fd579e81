package dev.wsladvisor.scenario;

import dev.wsladvisor.facts.FactsDocument;
import java.nio.file.Path;
import java.util.List;

/**
 * One {@code *.scenario.json}: a host's facts and what the rules must make of them.
 *
 * @param file the path as the person gave it, for messages
 * @param facts the facts document, validated as {@code advise --facts} validates it
 * @param expect what the advice must show
 * @param wslconfig a .wslconfig to check as {@code advise --wslconfig} does (the scenario's {@code
 *     "wslconfig"} field, a path from the scenario's folder), or null
 * @param warnings what was odd but not wrong (unknown fact names, unknown expect fields), for the
 *     report
 */
public record Scenario(
        String file,
        FactsDocument facts,
        Expectation expect,
        Path wslconfig,
        List<String> warnings) {}
