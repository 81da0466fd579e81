package dev.wsladvisor.rules;

import dev.wsladvisor.errors.UserInputException;

/**
 * A rule file that does not compile; the message lists {@code file:line: message} per broken file.
 */
public class RuleCompileException extends UserInputException {
    public RuleCompileException(String message) {
        super(message);
    }
}
