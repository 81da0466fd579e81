package dev.wsladvisor.support;

import dev.wsladvisor.wslconfig.lint.WslConfigRuleEngine;
import java.util.List;

/** The real wslconfig rules from ./rules as a {@link WslConfigRuleEngine}, for command tests. */
public final class FixtureEngine implements WslConfigRuleEngine {
    @Override
    public <T> List<T> fire(List<?> facts, Class<T> output) {
        return RuleFixture.fire(facts, output);
    }
}
