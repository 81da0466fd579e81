package dev.wsladvisor.wslconfig.lint;

import java.util.List;

/** Fires the rule base over some facts and hands back the output facts of one type. */
public interface WslConfigRuleEngine {
    <T> List<T> fire(List<?> facts, Class<T> output);
}
