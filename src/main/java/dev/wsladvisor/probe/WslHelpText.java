package dev.wsladvisor.probe;

import java.util.regex.Pattern;

/**
 * Recognises the answer of an older inbox {@code wsl.exe} to an option it does not know: an error
 * that names the option ("Invalid command line option: --version", translated around the option)
 * and its help text. Options are never translated, so they are what is looked for.
 */
final class WslHelpText {
    private static final Pattern OPTION =
            Pattern.compile(
                    "--(?:exec|distribution|user|help|cd|list|install|shutdown|set-default-version|"
                            + "set-default|set-version|terminate|unregister|import|export|update|version|status)\\b");

    private WslHelpText() {}

    /**
     * Whether {@code text} is help or an unknown-option error about {@code option} (such as {@code
     * --version}).
     */
    static boolean isHelpOrUnknownOption(String text, String option) {
        String firstLine = text.strip().lines().findFirst().orElse("");
        // "Invalid command line option: --version", translated around the option.
        if (firstLine.length() <= 120
                && firstLine.matches(".*[:：]\\s*" + Pattern.quote(option) + "\\s*$")) {
            return true;
        }
        // The Windows 11 stub's "not installed" message names only --install; help lists many
        // options.
        return OPTION.matcher(text).results().map(m -> m.group()).distinct().count() >= 3;
    }

    /** Whether {@code text} lists three or more of wsl.exe's options, as its help text does. */
    static boolean listsOptions(String text) {
        return OPTION.matcher(text).results().map(m -> m.group()).distinct().count() >= 3;
    }
}
