package dev.wsladvisor.probe;

/**
 * Digits from captured text can be arbitrarily long; an overlong number is unknown, never an
 * exception.
 */
final class Ints {
    private Ints() {}

    static Integer parse(String digits) {
        if (digits == null || digits.isEmpty() || digits.length() > 9) {
            return null;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.parseInt(digits);
    }

    static Long parseLong(String digits) {
        if (digits == null || digits.isEmpty() || digits.length() > 18) {
            return null;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return null;
            }
        }
        return Long.parseLong(digits);
    }
}
