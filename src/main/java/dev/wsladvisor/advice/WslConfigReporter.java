package dev.wsladvisor.advice;

/**
 * Fills the advice's {@code wslconfig} part from an evaluation: suggested settings, and findings on
 * the person's file.
 */
public interface WslConfigReporter {
    Advice.WslConfigPart report(Evaluation evaluation);
}
