package dev.wsladvisor.rules;

import dev.wsladvisor.errors.UserInputException;

/**
 * A rule that compiled but is not usable: missing or malformed metadata. The rule author can fix
 * it.
 */
public class RuleAuthoringException extends UserInputException {
    public RuleAuthoringException(String message) {
        super(message);
    }
}
