package dev.wsladvisor.errors;

/**
 * Bad usage or bad input: the person can fix it. Carries one message that says what is wrong, where
 * (file, line, column or JSON path) and how to fix it. Mapped to exit code 2 and printed without a
 * stack trace.
 */
public class UserInputException extends RuntimeException {
    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
