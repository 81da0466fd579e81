package dev.wsladvisor.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Reads the catalogue of every rule in a knowledge base, each named by the file a person knows it
 * by, and checks on the way that every rule carries the metadata the advice is made from and an id
 * of its own.
 */
final class RuleCatalogueReader {

    /** Metadata every rule must carry, built-in or not. */
    static final List<String> REQUIRED_METADATA = List.of("id", "explanation", "source");

    static final List<String> LINT_REQUIRED_METADATA =
            List.of("id", "severity", "explanation", "fix", "source");

    private RuleCatalogueReader() {}

    /**
     * Every rule of {@code kieBase}, sorted by file and id. {@code displayByKfsPath} names the
     * files compiled at run time, {@code precompiled} (or null) those of the build. With {@code
     * clashes} null a missing metadata or an id used twice is thrown; else the person's rules
     * (checked before their compile) are reported there.
     */
    static List<RuleInfo> read(
            KieBase kieBase,
            Map<String, String> displayByKfsPath,
            PrecompiledRules precompiled,
            IdClashes clashes) {
        List<RuleInfo> out = new ArrayList<>();
        Map<String, RuleInfo> byId = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String file = fileOf(rule, displayByKfsPath, precompiled);
                // A lint rule (one with @severity) also needs @fix, as docs/wslconfig-rules.md
                // says.
                boolean lintRule = rule.getMetaData().containsKey("severity");
                // The person's rules had their metadata checked before the compile, with its lines
                // (RuleFileCheck).
                List<String> required =
                        clashes != null && clashes.userFiles().contains(file)
                                ? List.of()
                                : lintRule ? LINT_REQUIRED_METADATA : REQUIRED_METADATA;
                for (String key : required) {
                    Object value = rule.getMetaData().get(key);
                    if (value == null || String.valueOf(value).isBlank()) {
                        throw RuleErrors.missingMetadata(file, rule.getName(), key);
                    }
                }
                if (!required.isEmpty()
                        && lintRule
                        && !List.of("error", "warning", "info")
                                .contains(unquoted(rule.getMetaData().get("severity")))) {
                    throw RuleErrors.unknownSeverity(
                            file, rule.getName(), rule.getMetaData().get("severity"));
                }
                RuleInfo info =
                        new RuleInfo(
                                String.valueOf(rule.getMetaData().get("id")),
                                rule.getName(),
                                file,
                                rule.getMetaData(),
                                rule);
                RuleInfo clash = byId.putIfAbsent(info.id(), info);
                if (clash != null) {
                    if (clashes == null) {
                        throw RuleErrors.idReused(file, rule.getName(), info.id(), clash);
                    }
                    clashes.add(info, clash);
                    continue;
                }
                out.add(info);
            }
        }
        out.sort(Comparator.comparing(RuleInfo::file).thenComparing(RuleInfo::id));
        return List.copyOf(out);
    }

    /**
     * The path Drools knows a rule's file by, or null for a precompiled rule (the executable model
     * keeps none).
     */
    static String sourcePath(Rule rule) {
        return rule instanceof RuleImpl && ((RuleImpl) rule).getResource() != null
                ? ((RuleImpl) rule).getResource().getSourcePath()
                : null;
    }

    private static String fileOf(
            Rule rule, Map<String, String> displayByKfsPath, PrecompiledRules precompiled) {
        String path = sourcePath(rule);
        if (path != null) {
            return displayByKfsPath.getOrDefault(path, path);
        }
        String built =
                precompiled == null
                        ? null
                        : precompiled.fileOf(rule.getPackageName(), rule.getName());
        return built != null ? built : "rules";
    }

    private static String unquoted(Object v) {
        String s = String.valueOf(v);
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
                ? s.substring(1, s.length() - 1)
                : s;
    }
}
