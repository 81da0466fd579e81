package dev.wsladvisor.usecase;

import dev.wsladvisor.wslconfig.lint.WslConfigRuleEngine;
import dev.wsladvisor.wslconfig.suggest.SuggestedSetting;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** What the wslconfig commands need from the rest of the advisor; tests pass their own. */
public interface WslconfigServices {

    /** The rule base: built-in rules plus the person's {@code --rules} folders. */
    WslConfigRuleEngine engine(List<Path> ruleDirs);

    /**
     * The host facts of a facts document (a file, or '-' for standard input), as the fact objects
     * the rules match on.
     */
    HostFacts hostFacts(String factsFile);

    /** The advisor's verdict for the facts and, when it is WSL2, the settings its rules suggest. */
    Suggestions suggest(String factsFile, List<Path> ruleDirs);

    Clock clock();

    /** {@code recommendation} is "WSL1" or "WSL2"; {@code settings} is empty for WSL1. */
    record Suggestions(
            String recommendation,
            List<SuggestedSetting> settings,
            List<String> warnings,
            Integer build) {
        public Suggestions(String recommendation, List<SuggestedSetting> settings) {
            this(recommendation, settings, List.of(), null);
        }

        /**
         * .wslconfig is read from Windows build 19041 on; true only when the build is known to be
         * older.
         */
        public boolean buildTooOldForWslconfig() {
            return build != null && build < 19041;
        }
    }

    /**
     * {@code warnings} are the facts reader's (unknown field names and the like), to show the
     * person.
     */
    record HostFacts(List<Object> facts, List<String> warnings) {}
}
