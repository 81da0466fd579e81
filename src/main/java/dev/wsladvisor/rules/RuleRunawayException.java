package dev.wsladvisor.rules;

import dev.wsladvisor.errors.UserInputException;

/**
 * One of the person's rules (--rules) did not finish in its time budget, recursed without end or
 * ran out of memory. Unlike a rule that throws on one host, this stops the whole run, batch
 * included: the same rule would hold up every host.
 */
public final class RuleRunawayException extends UserInputException {
    RuleRunawayException(String message) {
        super(message);
    }
}
