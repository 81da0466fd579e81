package dev.wsladvisor.build;

import dev.wsladvisor.rules.PrecompiledRules;
import dev.wsladvisor.rules.RuleSources;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * Build step, run by Maven at {@code process-classes}: compiles the top-level {@code rules/} folder
 * to Drools' executable model and writes the generated classes into the build output, with an index
 * ({@link PrecompiledRules#INDEX}) naming the model classes, each rule's file and a hash of {@code
 * rules/}. {@code rules/} stays the one source: this output is never checked in. It is rebuilt only
 * when it is out of date ({@link #isUpToDate}), so a test run after editing a test does not pay for
 * compiling every rule again. Lives in {@code src/build/java}, outside the product's source tree,
 * and is never in the shipped jar (it needs drools-model-codegen, a build-time dependency only).
 *
 * <p>Usage: {@code ModelGenerator <rules dir> <classes dir>}
 */
public final class ModelGenerator {

    private ModelGenerator() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ModelGenerator <rules dir> <classes dir>");
        }
        Path rulesDir = Path.of(args[0]);
        Path classesDir = Path.of(args[1]);
        if (isUpToDate(rulesDir, classesDir)) {
            BuildLog.verbose(
                    "[ModelGenerator] the model in "
                            + classesDir
                            + " is up to date with "
                            + rulesDir
                            + ": skipped");
            return;
        }
        generate(rulesDir, classesDir);
    }

    /**
     * True when the index records the hash of {@code rules/} as it is now, every model class it
     * names is there, and it is newer than every class of the project ({@code dev/wsladvisor/**}):
     * the generated model calls the fact objects and the rules' vocabulary, so a recompiled project
     * (the compiler rebuilds every class when any source changed) makes it stale even when no rule
     * changed.
     */
    static boolean isUpToDate(Path rulesDir, Path classesDir) throws IOException {
        Path indexFile = classesDir.resolve(PrecompiledRules.INDEX);
        if (!Files.isRegularFile(indexFile)) {
            return false;
        }
        String recordedHash = null;
        List<String> models = new ArrayList<>();
        for (String line : Files.readAllLines(indexFile, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length == 2 && f[0].equals("rules-sha256")) {
                recordedHash = f[1];
            } else if (f.length == 2 && f[0].equals("model")) {
                models.add(f[1]);
            }
        }
        if (models.isEmpty() || !PrecompiledRules.hash(rulesDir).equals(recordedHash)) {
            return false;
        }
        for (String model : models) {
            if (!Files.isRegularFile(classesDir.resolve(model.replace('.', '/') + ".class"))) {
                return false;
            }
        }
        return Files.getLastModifiedTime(indexFile)
                        .compareTo(newestClass(classesDir.resolve("dev/wsladvisor")))
                >= 0;
    }

    private static FileTime newestClass(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return FileTime.fromMillis(0);
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".class"))
                    .map(ModelGenerator::lastModified)
                    .max(FileTime::compareTo)
                    .orElse(FileTime.fromMillis(0));
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void generate(Path rulesDir, Path classesDir) throws IOException {
        List<Path> files = RuleSources.drlFiles(rulesDir);
        if (files.isEmpty()) {
            throw new IllegalStateException(
                    rulesDir + " holds no .drl files: refusing to build an empty knowledge base");
        }
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        List<String> ruleLines = new ArrayList<>();
        for (Path file : files) {
            String relative = "rules/" + rulesDir.relativize(file).toString().replace('\\', '/');
            String text = Files.readString(file, StandardCharsets.UTF_8);
            kfs.write("src/main/resources/builtin/" + relative, text);
            for (String[] rule : rulesOf(text, relative)) {
                ruleLines.add("rule\t" + rule[0] + "\t" + rule[1] + "\t" + relative);
            }
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        KieBuilder builder;
        try {
            // Under Maven the generated model must see the project's classes (facts, Dsl): use
            // ours.
            Thread.currentThread().setContextClassLoader(ModelGenerator.class.getClassLoader());
            builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException(
                    "the built-in rules do not compile:\n"
                            + errors.stream()
                                    .map(Message::toString)
                                    .collect(Collectors.joining("\n")));
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        List<String> models = new ArrayList<>();
        int classes = 0;
        for (String name : module.getFileNames()) {
            if (name.endsWith("/drools-model")) {
                for (String line :
                        new String(module.getBytes(name), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank() && !line.contains(":")) {
                        models.add(line.trim());
                    }
                }
            } else if (name.endsWith(".class") && !name.startsWith("org/drools/project/")) {
                Path target = classesDir.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, module.getBytes(name));
                classes++;
            }
        }
        if (models.isEmpty() || ruleLines.isEmpty()) {
            throw new IllegalStateException("the executable model of " + rulesDir + " is empty");
        }
        List<String> index = new ArrayList<>();
        index.add("# Generated by ModelGenerator from rules/ at build time; do not edit.");
        index.add("rules-sha256\t" + PrecompiledRules.hash(rulesDir));
        models.stream().sorted().forEach(m -> index.add("model\t" + m));
        index.addAll(ruleLines);
        Path indexFile = classesDir.resolve(PrecompiledRules.INDEX);
        Files.createDirectories(indexFile.getParent());
        Files.write(indexFile, index, StandardCharsets.UTF_8);
        BuildLog.verbose(
                "[ModelGenerator] "
                        + ruleLines.size()
                        + " rules in "
                        + files.size()
                        + " files -> "
                        + models.size()
                        + " model classes, "
                        + classes
                        + " classes written");
    }

    /** Package and name of each rule in a DRL text. */
    private static List<String[]> rulesOf(String text, String file) {
        DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
        try {
            PackageDescr pkg = parser.parse(new StringReader(text));
            if (pkg == null || parser.hasErrors()) {
                throw new IllegalStateException(file + ": " + parser.getErrors());
            }
            List<String[]> out = new ArrayList<>();
            for (RuleDescr rule : pkg.getRules()) {
                out.add(new String[] {pkg.getName(), rule.getName()});
            }
            return out;
        } catch (DroolsParserException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }
}
