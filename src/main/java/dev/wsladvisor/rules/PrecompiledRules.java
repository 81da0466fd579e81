package dev.wsladvisor.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * The built-in rules as compiled at build time to Drools' executable model (see {@code
 * dev.wsladvisor.rules.build.ModelGenerator}): loading them instantiates the generated model
 * classes directly, with no DRL parsing or Java compiling at run time. The index names the model
 * classes, the file of every rule, and the hash of {@code rules/} they were built from.
 */
public final class PrecompiledRules {

    /** Class-path resource written by the build. */
    public static final String INDEX = "wsladvisor/rules-model.index";

    private final String rulesHash;
    private final List<String> modelClasses;
    private final Map<String, String> fileByRule;

    private PrecompiledRules(
            String rulesHash, List<String> modelClasses, Map<String, String> fileByRule) {
        this.rulesHash = rulesHash;
        this.modelClasses = List.copyOf(modelClasses);
        this.fileByRule = Map.copyOf(fileByRule);
    }

    /**
     * The index on the class path, or null when this build has no precompiled rules (e.g. an IDE
     * build) or when they are stale: run from a classes folder (development), the rule files beside
     * them are hashed and must match; in a jar, Maven built both together.
     */
    public static PrecompiledRules onClasspath() {
        PrecompiledRules found;
        try (InputStream in = PrecompiledRules.class.getClassLoader().getResourceAsStream(INDEX)) {
            found = in == null ? null : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found != null && found.matchesRuleFilesInClassesFolder() ? found : null;
    }

    private boolean matchesRuleFilesInClassesFolder() {
        java.net.URL url =
                PrecompiledRules.class.getClassLoader().getResource(RuleSources.BUILT_IN_ROOT);
        if (url == null || !"file".equals(url.getProtocol())) {
            return true;
        }
        try {
            return hash(Path.of(url.toURI())).equals(rulesHash);
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            return false;
        }
    }

    static PrecompiledRules read(InputStream in) throws IOException {
        String hash = null;
        List<String> models = new ArrayList<>();
        Map<String, String> files = new HashMap<>();
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String[] f = line.split("\t");
            switch (f[0]) {
                case "rules-sha256" -> hash = f[1];
                case "model" -> models.add(f[1]);
                case "rule" -> files.put(key(f[1], f[2]), f[3]);
                default -> {}
            }
        }
        return new PrecompiledRules(hash, models, files);
    }

    static String key(String packageName, String ruleName) {
        // concat, not +: this runs first thing at start-up, where + would spin up its method
        // handles.
        return packageName.concat("\t").concat(ruleName);
    }

    /**
     * A new knowledge base from the generated model classes; each call gives its own. Without the
     * .wslconfig lint rules ({@link RuleBase#WSLCONFIG_LINT_PACKAGE}) when {@code
     * withWslConfigLint} is false.
     */
    public KieBase newKieBase(boolean withWslConfigLint) {
        List<Model> models = new ArrayList<>(modelClasses.size());
        for (String name : modelClasses) {
            if (!withWslConfigLint
                    && name.substring(0, name.lastIndexOf('.'))
                            .equals(RuleBase.WSLCONFIG_LINT_PACKAGE)) {
                continue;
            }
            try {
                models.add(
                        (Model)
                                Class.forName(name, true, PrecompiledRules.class.getClassLoader())
                                        .getDeclaredConstructor()
                                        .newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(
                        "the precompiled rules are damaged: cannot load " + name, e);
            }
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }

    /** The hash of {@code rules/} the model was built from. */
    public String rulesHash() {
        return rulesHash;
    }

    /** {@code rules/<file>.drl} of a built-in rule, or null. */
    public String fileOf(String packageName, String ruleName) {
        return fileByRule.get(key(packageName, ruleName));
    }

    /** How many rules the build compiled. */
    public int ruleCount() {
        return fileByRule.size();
    }

    /** SHA-256 over every .drl below {@code rulesDir}: relative path and bytes, in path order. */
    public static String hash(Path rulesDir) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Path file : RuleSources.drlFiles(rulesDir)) {
            digest.update(
                    rulesDir.relativize(file)
                            .toString()
                            .replace('\\', '/')
                            .getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Files.readAllBytes(file));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
