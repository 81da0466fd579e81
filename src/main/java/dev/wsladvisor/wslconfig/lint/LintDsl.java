package dev.wsladvisor.wslconfig.lint;

import dev.wsladvisor.text.Visible;
import java.util.Map;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Builds findings inside lint rule consequences, reading id, severity, fix and source from the
 * rule's own metadata, so the rule text stays the one place that says them: {@code insertLogical(
 * finding(kcontext, $e, "unknown key") );}.
 */
public final class LintDsl {

    private LintDsl() {}

    public static LintFinding finding(RuleContext kcontext, Located about, String message) {
        return finding(kcontext, about, message, null);
    }

    /**
     * As {@link #finding(RuleContext, Located, String)}, with a fix worked out from the facts
     * instead of {@code @fix}.
     */
    public static LintFinding finding(
            RuleContext kcontext, Located about, String message, String fix) {
        Map<String, Object> meta = kcontext.getRule().getMetaData();
        String file =
                about instanceof LintEntry e
                        ? e.getFileName()
                        : about instanceof LintSection s
                                ? (s.getDialect().equals("wslconf") ? "wsl.conf" : ".wslconfig")
                                : about instanceof LintSyntax x
                                        ? (x.getDialect().equals("wslconf")
                                                ? "wsl.conf"
                                                : ".wslconfig")
                                        : about instanceof LintFile f
                                                ? (f.getDialect().equals("wslconf")
                                                        ? "wsl.conf"
                                                        : ".wslconfig")
                                                : "";
        // Messages quote the file's own text (keys, values, whole lines): escaped here, once, so no
        // control character or terminal escape from the file reaches a terminal, whatever report
        // prints the finding.
        return new LintFinding(
                text(meta, "id"),
                text(meta, "severity"),
                file,
                about.getLine(),
                about.getColumn(),
                Visible.escape(about.getSection()),
                Visible.escape(about.getKey()),
                Visible.escape(message),
                Visible.escape(fix != null ? fix : text(meta, "fix")),
                text(meta, "source"));
    }

    private static String text(Map<String, Object> meta, String name) {
        Object v = meta.get(name);
        if (v == null) {
            return null;
        }
        String s = v.toString();
        // Drools keeps the quotes of @name("value") in some versions; strip them.
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
                ? s.substring(1, s.length() - 1)
                : s;
    }
}
