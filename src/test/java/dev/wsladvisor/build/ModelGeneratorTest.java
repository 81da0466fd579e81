package dev.wsladvisor.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.rules.PrecompiledRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model is generated again only when rules/ or the project's classes changed, or part of it is
 * gone.
 */
class ModelGeneratorTest {

    private static final FileTime COMPILED = FileTime.from(Instant.parse("2026-01-01T10:00:00Z"));
    private static final FileTime GENERATED = FileTime.from(Instant.parse("2026-01-01T10:01:00Z"));

    @TempDir Path dir;
    private Path rules;
    private Path classes;

    @BeforeEach
    void anUpToDateBuild() throws Exception {
        rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("requirements.drl"), "package wsladvisor.requirements;\n");
        classes = dir.resolve("classes");
        write("dev/wsladvisor/facts/HostOs.class", COMPILED);
        write("wsladvisor/requirements/RulesABC.class", GENERATED);
        Path index = classes.resolve(PrecompiledRules.INDEX);
        Files.createDirectories(index.getParent());
        Files.writeString(
                index,
                "# generated\nrules-sha256\t"
                        + PrecompiledRules.hash(rules)
                        + "\nmodel\twsladvisor.requirements.RulesABC\nrule\twsladvisor.requirements\tx\trules/requirements.drl\n");
        Files.setLastModifiedTime(index, GENERATED);
    }

    private void write(String name, FileTime time) throws Exception {
        FakeClassFile.write(classes.resolve(name), time);
    }

    @Test
    void skipsWhenTheIndexMatchesRulesAndIsNewerThanTheProjectsClasses() throws Exception {
        assertThat(ModelGenerator.isUpToDate(rules, classes)).isTrue();
    }

    @Test
    void runsWhenARuleFileChanged() throws Exception {
        Files.writeString(
                rules.resolve("requirements.drl"), "package wsladvisor.requirements;\n// edited\n");
        assertThat(ModelGenerator.isUpToDate(rules, classes)).isFalse();
    }

    @Test
    void runsWhenARuleFileIsAdded() throws Exception {
        Files.writeString(rules.resolve("workload.drl"), "package wsladvisor.workload;\n");
        assertThat(ModelGenerator.isUpToDate(rules, classes)).isFalse();
    }

    @Test
    void runsWhenTheProjectWasRecompiledAfterTheModel() throws Exception {
        Files.setLastModifiedTime(
                classes.resolve("dev/wsladvisor/facts/HostOs.class"),
                FileTime.from(Instant.parse("2026-01-01T10:02:00Z")));
        assertThat(ModelGenerator.isUpToDate(rules, classes)).isFalse();
    }

    @Test
    void runsWhenAModelClassIsGone() throws Exception {
        Files.delete(classes.resolve("wsladvisor/requirements/RulesABC.class"));
        assertThat(ModelGenerator.isUpToDate(rules, classes)).isFalse();
    }

    @Test
    void runsWithoutAnIndex() throws Exception {
        Files.delete(classes.resolve(PrecompiledRules.INDEX));
        assertThat(ModelGenerator.isUpToDate(rules, classes)).isFalse();
    }
}
