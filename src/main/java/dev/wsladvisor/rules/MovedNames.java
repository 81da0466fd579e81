package dev.wsladvisor.rules;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a name a rule file imports is now, when it has moved, so the message about a failed import
 * or an unknown type can say what to import instead.
 */
final class MovedNames {

    /**
     * The packages rule files import from, so an import of a name that has moved (the .wslconfig
     * classes went into subpackages in issue 14) says where the name is now. Names, not classes:
     * looked up only when an import fails.
     */
    private static final List<String> RULE_PACKAGES =
            List.of(
                    "dev.wsladvisor.facts",
                    "dev.wsladvisor.rules",
                    "dev.wsladvisor.wslconfig.lint",
                    "dev.wsladvisor.wslconfig.suggest");

    /**
     * The classes whose functions rule files import ({@code import function ...}), for the same
     * purpose.
     */
    private static final List<String> RULE_FUNCTIONS =
            List.of(
                    "dev.wsladvisor.rules.Dsl",
                    "dev.wsladvisor.wslconfig.lint.LintDsl",
                    "dev.wsladvisor.wslconfig.suggest.SuggestDsl",
                    "dev.wsladvisor.wslconfig.suggest.WslConfigSizing");

    private MovedNames() {}

    /** The name an import line of the file gives for {@code simpleName}, if one does. */
    static Optional<String> importedFrom(DrlText text, String simpleName) {
        DrlText.Place p =
                text.find(
                        "^\\s*import\\s+([\\w.]+\\." + Pattern.quote(simpleName) + ")\\s*;?\\s*$",
                        1,
                        0);
        if (p == null) {
            return Optional.empty();
        }
        Matcher m =
                Pattern.compile("[\\w.]+").matcher(text.line(p.line()).substring(p.column() - 1));
        return m.lookingAt() ? Optional.of(m.group()) : Optional.empty();
    }

    /**
     * Where the class (or the class of a function, {@code Class.function}) an unresolved import
     * names is now, if elsewhere.
     */
    static Optional<String> movedTo(String name) {
        return findIn(name).filter(n -> !n.equals(name));
    }

    private static Optional<String> findIn(String name) {
        String[] parts = name.split("\\.");
        String last = parts[parts.length - 1];
        ClassLoader loader = MovedNames.class.getClassLoader();
        if (parts.length > 1 && Character.isLowerCase(last.charAt(0))) {
            for (String owner : RULE_FUNCTIONS) {
                try {
                    for (java.lang.reflect.Method method :
                            Class.forName(owner, false, loader).getMethods()) {
                        if (method.getName().equals(last)) {
                            return Optional.of(owner + "." + last);
                        }
                    }
                } catch (ClassNotFoundException e) {
                    // a class of the list that is not on the class path names nothing
                }
            }
            return Optional.empty();
        }
        for (String pkg : RULE_PACKAGES) {
            try {
                return Optional.of(Class.forName(pkg + "." + last, false, loader).getName());
            } catch (ClassNotFoundException e) {
                // not in this package; try the next
            }
        }
        return Optional.empty();
    }
}
