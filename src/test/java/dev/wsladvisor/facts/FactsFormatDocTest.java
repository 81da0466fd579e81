package dev.wsladvisor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.support.GeneratedDocBlock;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fields table of docs/facts-format.md is generated from FactsSchema, the one declaration of
 * each field, so a field added there (an answer, say) reaches the contract's page without a hand
 * edit. Regenerate: {@code mvn -q test -Dtest=FactsFormatDocTest -Dwsladvisor.regenerate=true}.
 */
class FactsFormatDocTest {

    @Test
    void theFieldsTableIsTheDeclaredFields() throws Exception {
        String generated = table();
        GeneratedDocBlock.check(Path.of("docs/facts-format.md"), "fields", generated);
        assertThat(generated)
                .contains(
                        "| `host.os.build` | 7600..99999 | OS build number (19045, 22631, 26100). |",
                        "| `answers.docker` | boolean | Will you run Docker or other Linux containers? |",
                        "| `host.features.hyperV` | enabled, disabled, absent, enable-pending | The full Hyper-V role. |");
    }

    /** One row per field, objects and lists included, in declaration order. */
    static String table() {
        StringBuilder md = new StringBuilder("| path | type | meaning |\n|---|---|---|\n");
        rows(FactsSchema.root(), "", md);
        return md.toString();
    }

    /**
     * {@code shown} is the parent's path as the table shows it: a list's entries are {@code
     * list[].field}.
     */
    private static void rows(FieldSpec spec, String shown, StringBuilder md) {
        for (FieldSpec field : spec.children().values()) {
            String path =
                    (shown.isEmpty() ? "" : shown + ".")
                            + field.name()
                            + (field.kind() == FieldSpec.Kind.OBJECT_ARRAY ? "[]" : "");
            md.append("| `")
                    .append(path)
                    .append("` | ")
                    .append(type(field))
                    .append(" | ")
                    .append(field.description().replace("|", "\\|"))
                    .append(" |\n");
            rows(field, path, md);
        }
    }

    private static String type(FieldSpec f) {
        return switch (f.kind()) {
            case BOOLEAN -> "boolean";
            case INTEGER -> range(f);
            case NUMBER -> f.min() == null ? "number" : "number >= " + f.min();
            case STRING -> "string";
            case ENUM -> String.join(", ", f.values());
            case STRING_ARRAY -> "strings";
            case OBJECT_ARRAY -> "objects";
            case STRING_MAP -> "object of strings";
            case OBJECT -> "object";
        };
    }

    private static String range(FieldSpec f) {
        if (f.min() != null && f.max() != null && f.max() - f.min() <= 1) {
            return String.join(
                    ", ",
                    List.of(String.valueOf(f.min()), String.valueOf(f.max())).stream()
                            .distinct()
                            .toList());
        }
        if (f.min() != null && f.max() != null) {
            return f.min() + ".." + f.max();
        }
        return f.min() == null ? "integer" : "integer >= " + f.min();
    }
}
