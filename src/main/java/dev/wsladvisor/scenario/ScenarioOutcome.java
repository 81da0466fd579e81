package dev.wsladvisor.scenario;

import dev.wsladvisor.advice.Advice;
import java.util.Set;

/**
 * What the rules made of a scenario's facts.
 *
 * @param advice the advice document, as {@code advise} builds it
 * @param fired the ids of the rules that fired in either round, first firing first
 * @param text the text report a person reads, with {@code --explain}, without colour
 * @param json the advice as JSON, as {@code advise --format json} prints it
 */
public record ScenarioOutcome(Advice advice, Set<String> fired, String text, String json) {}
