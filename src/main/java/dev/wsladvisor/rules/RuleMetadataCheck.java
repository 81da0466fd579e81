package dev.wsladvisor.rules;

import java.util.List;
import java.util.Map;

/**
 * A rule file's check of each rule's metadata: what the output vocabulary needs is present ({@link
 * RequiredMetadata}) and each value has a form wsl-advisor can use ({@link MetadataValueCheck}).
 */
final class RuleMetadataCheck {

    private final RuleSource file;
    private final List<RuleProblem> problems;
    private final MetadataValueCheck values;

    RuleMetadataCheck(RuleSource file, DrlText text, List<RuleProblem> problems) {
        this.file = file;
        this.problems = problems;
        this.values = new MetadataValueCheck(file, text, problems);
    }

    /**
     * The metadata of rule {@code name} (its annotations by name), found between {@code nameLine}
     * and {@code metaEnd}.
     */
    void check(
            String name,
            Map<String, String> meta,
            String consequence,
            int nameLine,
            int nameColumn,
            int metaEnd) {
        boolean lintRule = RequiredMetadata.isLintRule(meta);
        for (String key : RequiredMetadata.of(meta, consequence)) {
            String value = meta.get(key);
            if (value == null || value.isBlank()) {
                problems.add(
                        RuleProblem.error(
                                file,
                                nameLine,
                                nameColumn,
                                name.length() + 2,
                                "rule \""
                                        + name
                                        + "\" has no @"
                                        + key
                                        + (value == null ? "" : " value")
                                        + "; "
                                        + RequiredMetadata.hint(key, lintRule),
                                null));
            }
        }
        for (Map.Entry<String, String> e : meta.entrySet()) {
            values.check(name, e.getKey(), e.getValue(), nameLine, metaEnd);
        }
    }
}
