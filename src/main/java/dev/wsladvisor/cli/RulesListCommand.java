package dev.wsladvisor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsladvisor.rules.RuleInfo;
import dev.wsladvisor.text.Wrap;
import dev.wsladvisor.usecase.RuleFilter;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** rules list: every rule with what it does, filtered by file, id or fact. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = {
            "List the rules (built-in and from --rules): id, file, what each does (favors a version with a",
            "weight, blocks a version, warns, adds a next step), the facts it uses and its explanation.",
            "",
            "Examples:",
            "  wsl-advisor rules list --fact answers.docker",
            "  wsl-advisor rules list --rules ./my-rules --file my-rules",
            "  wsl-advisor rules list --id vpn --format json",
            ""
        })
final class RulesListCommand implements Callable<Integer>, RunsRules {

    @Spec private CommandSpec spec;

    @Mixin private RuleOptions ruleOptions;

    @Option(
            names = "--file",
            paramLabel = "TEXT",
            description = "Only rules whose file path contains TEXT (workload.drl, my-rules/).")
    private String file;

    @Option(names = "--id", paramLabel = "TEXT", description = "Only rules whose id contains TEXT.")
    private String id;

    @Option(
            names = "--fact",
            paramLabel = "PATH",
            description =
                    "Only rules whose @facts name this fact, or a fact below it (answers.docker, host.os).")
    private String fact;

    @Mixin private FormatOption format;

    /** Every rule is listed. */
    @Override
    public boolean wslconfigLint() {
        return true;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleFilter filter = new RuleFilter(file, id, fact);
        List<RuleInfo> rules = filter.select(ruleOptions.load().rules());
        if (format.json()) {
            out.println(json(rules));
        } else {
            for (RuleInfo r : rules) {
                out.println(r.id());
                String facts =
                        r.facts().isEmpty() ? "" : "; facts: " + String.join(", ", r.facts());
                out.println(Wrap.lines(r.does() + facts, "    ", 80));
                out.println("    file: " + r.file());
                out.println(Wrap.lines(r.meta("explanation"), "    ", 80));
                String source = "    source: " + r.meta("source");
                // A web address does not break; a long one goes on a line of its own.
                out.println(
                        source.length() <= 80 ? source : "    source:\n    " + r.meta("source"));
            }
            out.println(
                    rules.size()
                            + (rules.size() == 1 ? " rule" : " rules")
                            + filter.described()
                            + ".");
        }
        out.flush();
        return ExitCode.OK;
    }

    private static String json(List<RuleInfo> rules) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode array = mapper.createArrayNode();
        for (RuleInfo r : rules) {
            ObjectNode o = array.addObject();
            o.put("id", r.id());
            o.put("name", r.name());
            o.put("file", r.file());
            o.put("kind", r.kind());
            o.put("does", r.does());
            for (String key :
                    List.of(
                            "favors",
                            "weight",
                            "blocks",
                            "permanent",
                            "concerns",
                            "step",
                            "severity",
                            "setting")) {
                String value = r.meta(key);
                if (value != null && value.trim().matches("-?\\d{1,9}")) {
                    o.put(key, Integer.parseInt(value.trim()));
                } else if (value != null) {
                    if ("permanent".equals(key)) {
                        o.put(key, Boolean.parseBoolean(value.trim()));
                    } else {
                        o.put(key, value);
                    }
                }
            }
            ArrayNode facts = o.putArray("facts");
            r.facts().forEach(facts::add);
            o.put("explanation", r.meta("explanation"));
            o.put("source", r.meta("source"));
        }
        try {
            return mapper.writeValueAsString(array);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
