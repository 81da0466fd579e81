package dev.wsladvisor.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles the person's rule files (--rules) into the knowledge base of the precompiled built-in
 * rules.
 */
final class UserRulesCompiler {

    private UserRulesCompiler() {}

    /**
     * Checks the person's files, then compiles them into {@code kieBase} (Drools adds the packages
     * to it as it builds) and reads the catalogue of every rule, collecting every problem on the
     * way.
     */
    static RuleBase.Checked addUserRules(
            KieBase kieBase, List<RuleSource> user, PrecompiledRules precompiled) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, RuleFileCheck.ParsedRule> parsed = new HashMap<>();
        for (RuleSource source : user) {
            RuleFileCheck.Result result = RuleFileCheck.check(source);
            problems.addAll(result.problems());
            result.rules()
                    .forEach(r -> parsed.put(IdClashes.key(source.displayPath(), r.name()), r));
        }
        Map<String, String> displayByKfsPath = new HashMap<>();
        Map<String, RuleSource> sourceByKfsPath = new HashMap<>();
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(kieBase);
        int n = 0;
        for (RuleSource source : user) {
            String path = "user/" + (n++) + "/" + source.displayPath().replaceAll("^.*/", "");
            displayByKfsPath.put(path, source.displayPath());
            sourceByKfsPath.put(path, source);
            builder.add(
                    ResourceFactory.newByteArrayResource(
                                    source.text().getBytes(StandardCharsets.UTF_8))
                            .setSourcePath(path),
                    ResourceType.DRL);
        }
        boolean compiled = true;
        for (KnowledgeBuilderResult r : builder.getResults(ResultSeverity.ERROR)) {
            compiled = false;
            int[] lines = r.getLines();
            String path = r.getResource() == null ? null : r.getResource().getSourcePath();
            RuleProblem problem =
                    RuleErrors.fromDrools(
                            sourceByKfsPath.get(path),
                            path,
                            lines == null || lines.length == 0 ? 0 : lines[0],
                            r.getMessage());
            if (problem != null) {
                problems.add(problem);
            }
        }
        List<RuleInfo> rules = List.of();
        if (compiled) {
            rules =
                    RuleCatalogueReader.read(
                            kieBase,
                            displayByKfsPath,
                            precompiled,
                            new IdClashes(problems, parsed, sourcesByDisplay(user)));
        }
        return new RuleBase.Checked(List.copyOf(problems), rules, Map.copyOf(displayByKfsPath));
    }

    private static Map<String, RuleSource> sourcesByDisplay(List<RuleSource> sources) {
        Map<String, RuleSource> out = new HashMap<>();
        sources.forEach(s -> out.put(s.displayPath(), s));
        return out;
    }
}
