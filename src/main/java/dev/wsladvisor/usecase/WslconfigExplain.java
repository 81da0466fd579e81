package dev.wsladvisor.usecase;

import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.wslconfig.keys.DidYouMean;
import dev.wsladvisor.wslconfig.keys.KeyCatalog;
import dev.wsladvisor.wslconfig.keys.KeyExplainer;
import dev.wsladvisor.wslconfig.keys.KeySpec;
import java.util.List;

/** {@code wslconfig explain KEY}: what WSL does with a key. */
public final class WslconfigExplain {

    private WslconfigExplain() {}

    /**
     * @param note null, or why the explanation is of other keys than the one asked for
     *     (wsl2.systemd: no such key, but WSL reads systemd in wsl.conf)
     */
    public record Explanation(String note, String text) {}

    /**
     * The explanation of {@code key}, bare (memory) or with its section (wsl2.memory); an unknown
     * key is refused.
     */
    public static Explanation explain(String key) {
        KeyCatalog catalog = KeyCatalog.builtIn();
        List<KeySpec> found = catalog.lookup(key);
        if (found.isEmpty() && key.contains(".")) {
            // wsl2.systemd: no such key, but the bare name is one WSL reads somewhere else.
            String bare = key.substring(key.indexOf('.') + 1);
            List<KeySpec> elsewhere = catalog.lookup(bare);
            if (!elsewhere.isEmpty()) {
                String note =
                        "'"
                                + key
                                + "' is not a key WSL reads; '"
                                + bare
                                + "' is read as "
                                + String.join(
                                        " and ",
                                        elsewhere.stream()
                                                .map(
                                                        k ->
                                                                (k.inWslConfig()
                                                                                ? ".wslconfig ["
                                                                                : "/etc/wsl.conf [")
                                                                        + k.section()
                                                                        + "] "
                                                                        + k.name())
                                                .toList())
                                + ":";
                return new Explanation(note, KeyExplainer.explainAll(elsewhere));
            }
        }
        if (found.isEmpty()) {
            String bare = key.contains(".") ? key.substring(key.indexOf('.') + 1) : key;
            String hint =
                    DidYouMean.closest(
                                    bare,
                                    catalog.keys().stream().map(KeySpec::name).distinct().toList())
                            .map(s -> "did you mean " + s + "? ")
                            .orElse("");
            throw new UserInputException(
                    "unknown key '"
                            + key
                            + "': "
                            + hint
                            + "see docs/wslconfig.md for every key WSL reads");
        }
        return new Explanation(null, KeyExplainer.explainAll(found));
    }
}
