package dev.wsladvisor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.rules.FactModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.junit.jupiter.api.Test;

/**
 * The what-if and unknown-fact trials (advice.Sensitivity) try each fact's trial values from {@link
 * FactsSchema}. A rule that compares a number or a version with a threshold can only change a
 * trial's outcome when the trial values straddle that threshold: one value on each side. This test
 * reads every rule's conditions in {@code rules/*.drl} ({@code buildBelow(19044)}, {@code memoryMb
 * < 8192}, {@code packageOlderThan("2.1.5")}...) and fails when a threshold is not straddled, so a
 * new rule's threshold is added to the declaration's trial values, not forgotten.
 *
 * <p>Today's gaps are listed in {@link #KNOWN_GAPS}, each with the reason it stays: adding the
 * value would change the what-if or unknown lists of the golden scenarios (or costs trials for no
 * advice), which this refactoring must not do.
 */
class TrialValuesTest {

    private static final Path RULES = Path.of("rules");

    /**
     * Thresholds the trial values do not straddle today, as {@link Threshold#key()}, and why.
     * Remove an entry when the trial values come to straddle it (the test fails on a stale entry,
     * so the list stays true).
     */
    private static final Map<String, String> KNOWN_GAPS = knownGaps();

    private static Map<String, String> knownGaps() {
        Map<String, String> gaps = new LinkedHashMap<>();
        String upgrades =
                "what-if only tries a newer version (people update software, never downgrade it), and an unknown"
                        + " version is never tried (absent means not installed, or the inbox WSL), so a value below could never be advice";
        String lint =
                "compared only by .wslconfig lint or suggestion rules, whose findings are not what the trials decide";
        gaps.put(
                "host.os.build < 14393",
                "a build below it (10240) would change the advice of three golden scenarios"
                        + " (expert/strict-memory-no-wsl2-need, expert/watcher-on-mnt-c-edited-by-windows-apps,"
                        + " expert/windows-and-linux-tools-build-same-tree): a change of advice, for an issue of its own");
        gaps.put(
                "host.os.build == 20348",
                "trying 20348 (Windows Server 2022) would change the advice of two golden scenarios"
                        + " (expert/windows-10-21h2-wslg-missing, rules/workload-needs): a change of advice, for an issue of its own");
        // https://learn.microsoft.com/en-us/windows/wsl/install-manual: WSL2 on 1903 (18362) and
        // 1909 (18363) alike needs .1049.
        gaps.put(
                "host.os.build == 18362",
                "the same condition accepts 18363, which is tried: 1903 and 1909 need the same update");
        gaps.put("host.wsl.packageVersion < 2.0.0", upgrades);
        gaps.put("host.wsl.packageVersion < 2.1.5", upgrades);
        gaps.put("host.wsl.packageVersion < 1.3.10", lint);
        gaps.put("host.wsl.packageVersion < 2.0.5", lint);
        gaps.put("host.wsl.packageVersion < 2.7.0", lint);
        gaps.put("host.wsl.packageVersion < 2.9.0", lint);
        gaps.put("host.software.virtualBox.version < 6.0", upgrades);
        gaps.put("host.software.virtualBox.version < 6.1", upgrades);
        gaps.put("host.software.virtualBox.version < 7.0", upgrades);
        gaps.put("host.software.vmware.version < 15.5.5", upgrades);
        gaps.put(
                "host.wsl.currentDistribution.version == 1",
                "the distribution the facts came from has no trial values"
                        + " (see WITHOUT_TRIALS)");
        return gaps;
    }

    /**
     * Fields of the facts document the trials never change, and why: fields without trial values,
     * and the lists and maps, whose entries have no single path for a trial to change. Reported
     * here, never silently left out.
     */
    static final Map<String, String> WITHOUT_TRIALS = withoutTrials();

    private static Map<String, String> withoutTrials() {
        Map<String, String> none = new LinkedHashMap<>();
        String free = "free text: no set of values to try";
        none.put("id", "names the host, not a fact about it");
        none.put("host.os.displayVersion", "the build says the same, and the build is tried");
        none.put(
                "host.hardware.logicalProcessors",
                "only .wslconfig lint compares it, with a setting's value; it cannot change the verdict");
        none.put("host.hardware.diskFreeGb", "no rule compares it");
        none.put(
                "host.wsl.kernelVersion",
                "no rule of the verdict compares it; the WSL package version is tried instead");
        none.put("host.wsl.currentDistribution.name", free);
        none.put(
                "host.wsl.currentDistribution.version",
                "which distribution the facts came from never changes the verdict,"
                        + " and trials cost time");
        none.put("host.wsl.currentDistribution.kernelRelease", free);
        none.put("host.wsl.currentDistribution.osId", free);
        none.put(
                "host.software.vmware.product",
                "free text: the version decides, not the product's name");
        none.put(
                "host.software.dockerDesktop.version", "no rule compares Docker Desktop's version");
        none.put(
                "host.software.otherHypervisors",
                "a list of names: which one is installed is a fact, not a choice to try");
        none.put(
                "answers.errors",
                "free text: the errors a person saw are evidence, not a setting to try");
        none.put(
                "host.wsl.distributions",
                "a list: a trial changes the fact at one path, and a list entry has none;"
                        + " what each distribution runs is the state of the PC, which the next steps convert");
        none.put("provenance", "written by probe for people; no rule reads it");
        none.put("probeNotes", "written by probe for people; no rule reads it");
        return none;
    }

    /** One comparison a rule makes: the fact, the operator and the threshold, and where. */
    record Threshold(String path, String op, String value, String where) {
        /**
         * "host.os.build < 19044": the comparison's kind (== for == and !=, < for < and >=, <= for
         * <= and >) and value.
         */
        String key() {
            return path + " " + kind() + " " + value;
        }

        String kind() {
            return switch (op) {
                case "==", "!=" -> "==";
                case "<=", ">" -> "<=";
                default -> "<";
            };
        }
    }

    @Test
    void trialValuesStraddleEveryThresholdARuleComparesAFactWith() throws Exception {
        List<Threshold> thresholds = thresholds();
        assertThat(thresholds)
                .as("thresholds read from the rules")
                .extracting(Threshold::key)
                .contains(
                        "host.os.build < 19044",
                        "host.hardware.memoryMb < 8192",
                        "host.os.revision < 1049",
                        "host.wsl.packageVersion < 2.1.5",
                        "host.software.vmware.version < 15.5.5",
                        "host.os.build == 20348");
        Map<String, List<String>> gaps = new TreeMap<>();
        for (Threshold t : thresholds) {
            FieldSpec spec = FactsSchema.at(t.path());
            assertThat(spec).as(t.where() + ": " + t.path()).isNotNull();
            if (!straddles(spec, t)) {
                gaps.computeIfAbsent(t.key(), k -> new ArrayList<>())
                        .add(t.where() + " (" + t.op() + ")");
            }
        }
        List<String> unexpected = new ArrayList<>();
        gaps.forEach(
                (key, where) -> {
                    if (!KNOWN_GAPS.containsKey(key)) {
                        unexpected.add(
                                key
                                        + ", in "
                                        + where
                                        + "; trial values now: "
                                        + FactsSchema.at(key.split(" ")[0]).trialValues());
                    }
                });
        assertThat(unexpected)
                .as(
                        "thresholds the trial values in FactsSchema do not straddle: add a value below and one at"
                                + " or above the threshold to the fact's trial values, or list it in KNOWN_GAPS with the reason")
                .isEmpty();
        assertThat(new TreeSet<>(KNOWN_GAPS.keySet()))
                .as("KNOWN_GAPS lists only gaps there are")
                .isEqualTo(gaps.keySet());
    }

    @Test
    void factsTheTrialsNeverChangeAreListedWithAReason() {
        List<String> without = new ArrayList<>();
        notTried(FactsSchema.root(), without);
        assertThat(without)
                .as(
                        "facts with no trial values are never tried by what-if or the unknown facts: give each"
                                + " trial values in FactsSchema or a reason in WITHOUT_TRIALS")
                .containsExactlyInAnyOrderElementsOf(WITHOUT_TRIALS.keySet());
        assertThat(WITHOUT_TRIALS.values()).allSatisfy(reason -> assertThat(reason).isNotBlank());
    }

    /**
     * What advice.Sensitivity leaves out: a single value without trial values, or a list or map as
     * a whole.
     */
    private static void notTried(FieldSpec spec, List<String> out) {
        switch (spec.kind()) {
            case OBJECT -> spec.children().values().forEach(c -> notTried(c, out));
            case OBJECT_ARRAY, STRING_MAP -> out.add(spec.path());
            default -> {
                if (spec.trialValues().isEmpty()) {
                    out.add(spec.path());
                }
            }
        }
    }

    /**
     * One value on each side of the threshold: below and at-or-above; for == and != the value
     * itself and another.
     */
    private static boolean straddles(FieldSpec spec, Threshold t) {
        boolean lower = false;
        boolean upper = false;
        for (Object trial : spec.trialValues()) {
            Integer c = compare(trial, t.value());
            if (c == null) {
                continue;
            }
            switch (t.kind()) {
                case "==" -> {
                    lower |= c == 0;
                    upper |= c != 0;
                }
                case "<=" -> {
                    lower |= c <= 0;
                    upper |= c > 0;
                }
                default -> {
                    lower |= c < 0;
                    upper |= c >= 0;
                }
            }
        }
        return lower && upper;
    }

    private static Integer compare(Object trial, String threshold) {
        if (trial instanceof Number n) {
            return Double.compare(n.doubleValue(), Double.parseDouble(threshold));
        }
        return Version.parse(String.valueOf(trial)).map(v -> v.compareTo(threshold)).orElse(null);
    }

    // --- reading the rules' conditions

    /** A numeric field compared with a number: {@code memoryMb < 8192}, {@code build == 20348}. */
    private static final Pattern COMPARISON =
            Pattern.compile(
                    "(?<![\\w.$])([a-z]\\w*)\\s*(==|!=|<=|>=|<|>)\\s*(-?\\d+(?:\\.\\d+)?)(?![\\w.])");

    /**
     * A helper or function called with literal arguments: {@code buildBelow(19041, 264)}, {@code
     * olderThan("6.1")}.
     */
    private static final Pattern CALL =
            Pattern.compile("(?<![\\w.$])([a-z]\\w*)\\s*\\(([^()]*)\\)");

    private static final Pattern PRODUCT = Pattern.compile("name\\s*==\\s*\"(\\w+)\"");

    /**
     * Which fact each helper compares its arguments with. A helper not listed here, called with a
     * literal, fails the test: say here which fact it compares, so its threshold is checked too.
     */
    private static final Map<String, List<String>> HELPERS =
            Map.of(
                    "buildAtLeast", List.of("host.os.build"),
                    "buildBelow", List.of("host.os.build", "host.os.revision"),
                    "memoryBelowMb", List.of("host.hardware.memoryMb"),
                    "packageOlderThan", List.of("host.wsl.packageVersion"),
                    "packageAtLeast", List.of("host.wsl.packageVersion"),
                    "kernelOlderThan", List.of("host.wsl.kernelVersion"),
                    "olderThan", List.of("host.software.%s.version"),
                    "atLeast", List.of("host.software.%s.version"),
                    "versionUndecidedAgainst", List.of("host.software.%s.version"),
                    "wslAtLeast", List.of("host.wsl.packageVersion"));

    /** Functions of the rules' vocabulary that take literals but compare no fact. */
    private static final List<String> NOT_COMPARISONS =
            List.of(
                    "in",
                    "reason",
                    "blocker",
                    "warning",
                    "nextStep",
                    "finding",
                    "suggest",
                    "eval",
                    "mentions",
                    "isKnown",
                    "hasKey",
                    "is",
                    "value");

    /**
     * Fact types whose fields are not in the fact model (rules/FactModel), with the part of the
     * document they come from.
     */
    private static final Map<String, String> OTHER_SECTIONS =
            Map.of("CurrentDistribution", "host.wsl.currentDistribution");

    static List<Threshold> thresholds()
            throws IOException, org.drools.drl.parser.DroolsParserException {
        List<Threshold> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(RULES)) {
            files = list.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            DrlParser parser = new DrlParser();
            PackageDescr pkg = parser.parse(false, Files.readString(file));
            assertThat(parser.hasErrors()).as(file + " parses").isFalse();
            for (RuleDescr rule : pkg.getRules()) {
                walk(rule.getLhs(), file.getFileName() + " \"" + rule.getName() + "\"", out);
            }
        }
        return out;
    }

    private static void walk(BaseDescr descr, String where, List<Threshold> out) {
        if (descr instanceof PatternDescr pattern) {
            String type =
                    pattern.getObjectType() == null
                            ? ""
                            : pattern.getObjectType().replaceAll(".*\\.", "");
            String section = section(type);
            String constraints =
                    String.join(
                            " && ",
                            pattern.getConstraint().getDescrs().stream()
                                    .filter(ExprConstraintDescr.class::isInstance)
                                    .map(c -> ((ExprConstraintDescr) c).getExpression())
                                    .toList());
            if (section != null) {
                read(type, section, constraints, where, out);
            }
            if (pattern.getSource() != null) {
                walk(pattern.getSource(), where, out);
            }
        } else if (descr instanceof ConditionalElementDescr ce) {
            for (BaseDescr child : ce.getDescrs()) {
                walk(child, where, out);
            }
        }
    }

    private static String section(String type) {
        FactModel.Type t = FactModel.type(type);
        return t != null && t.section() != null ? t.section() : OTHER_SECTIONS.get(type);
    }

    private static void read(
            String type, String section, String written, String where, List<Threshold> out) {
        String constraints = withBuildNumbers(written);
        Matcher m = COMPARISON.matcher(constraints);
        while (m.find()) {
            String path = fieldPath(type, section, m.group(1));
            if (path != null) {
                out.add(new Threshold(path, m.group(2), m.group(3), where));
            }
        }
        Matcher product = PRODUCT.matcher(constraints);
        String productName = product.find() ? product.group(1) : null;
        Matcher call = CALL.matcher(constraints);
        while (call.find()) {
            List<String> literals = literals(call.group(2));
            if (literals.isEmpty() || NOT_COMPARISONS.contains(call.group(1))) {
                continue;
            }
            List<String> paths = HELPERS.get(call.group(1));
            assertThat(paths)
                    .as(
                            where
                                    + ": "
                                    + call.group()
                                    + " compares a fact with a literal: say in HELPERS which")
                    .isNotNull();
            for (int i = 0; i < literals.size() && i < paths.size(); i++) {
                String path = paths.get(i);
                if (path.contains("%s")) {
                    assertThat(productName)
                            .as(where + ": " + call.group() + " on a product not named")
                            .isNotNull();
                    path = path.formatted(productName);
                }
                out.add(new Threshold(path, "<", literals.get(i), where));
            }
        }
    }

    private static final Pattern BUILD_NAME =
            Pattern.compile("WindowsBuild\\.(\\w+)(?:\\s*\\+\\s*(\\d+))?");

    /**
     * Rules name Windows builds ({@code WindowsBuild.V2004}, {@code WindowsBuild.V22H2 + 1}): read
     * them as their numbers.
     */
    private static String withBuildNumbers(String constraints) {
        Matcher m = BUILD_NAME.matcher(constraints);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int build;
            try {
                build = WindowsBuild.class.getField(m.group(1)).getInt(null);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError("no Windows build named " + m.group(1), e);
            }
            m.appendReplacement(
                    out,
                    String.valueOf(
                            build + (m.group(2) == null ? 0 : Integer.parseInt(m.group(2)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The contract path of a numeric field of a fact type, or null for a derived or non-numeric
     * one.
     */
    private static String fieldPath(String type, String section, String property) {
        FactModel.Type t = FactModel.type(type);
        String path =
                t == null
                        ? section + "." + property
                        : t.fields().containsKey(property) ? t.fields().get(property).path() : null;
        FieldSpec spec = path == null ? null : FactsSchema.at(path);
        return spec != null
                        && (spec.kind() == FieldSpec.Kind.INTEGER
                                || spec.kind() == FieldSpec.Kind.NUMBER)
                ? path
                : null;
    }

    /**
     * The literal arguments of a call, numbers and strings, in order; variables and fact fields are
     * left out.
     */
    private static List<String> literals(String arguments) {
        List<String> out = new ArrayList<>();
        for (String a : arguments.split(",")) {
            String s = a.trim();
            if (s.matches("-?\\d+(\\.\\d+)?")) {
                out.add(s);
            } else if (s.matches("\"[^\"]*\"")) {
                out.add(s.substring(1, s.length() - 1));
            }
        }
        return out;
    }
}
