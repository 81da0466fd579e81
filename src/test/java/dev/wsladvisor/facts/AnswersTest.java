package dev.wsladvisor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An answer is declared once, in FactsSchema; Answers only gives rules its getter. This fails when
 * a declared answer has no getter, or one of another type, or one that does not return what the
 * facts document says.
 */
class AnswersTest {

    @Test
    void everyDeclaredAnswerHasAGetterThatReturnsTheDocumentsValue() throws Exception {
        List<FieldSpec> declared = List.copyOf(FactsSchema.at("answers").children().values());
        assertThat(declared).isNotEmpty();
        for (FieldSpec field : declared) {
            String json = "{\"answers\": {\"" + field.name() + "\": " + sample(field) + "}}";
            Answers answers =
                    new FactsReader(true)
                            .parse(json.getBytes(StandardCharsets.UTF_8), "answers.json")
                            .answers();
            String getter =
                    "get"
                            + Character.toUpperCase(field.name().charAt(0))
                            + field.name().substring(1);
            Method m = getterOf(getter);
            assertThat(m)
                    .as(
                            "answers."
                                    + field.name()
                                    + " is declared in FactsSchema; give Answers its getter for rules: "
                                    + "public "
                                    + javaType(field).getSimpleName()
                                    + " "
                                    + getter
                                    + "() { return ...(\""
                                    + field.name()
                                    + "\"); }")
                    .isNotNull();
            assertThat(m.getReturnType()).as(getter).isEqualTo(javaType(field));
            assertThat(m.invoke(answers)).as(getter + " on " + json).isEqualTo(expected(field));
            assertThat(m.invoke(FactsDocument.empty().answers()))
                    .as(getter + " when unanswered")
                    .isNull();
        }
    }

    private static Method getterOf(String name) {
        try {
            return Answers.class.getMethod(name);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static String sample(FieldSpec field) {
        return switch (field.kind()) {
            case BOOLEAN -> "true";
            case ENUM -> "\"" + field.values().get(field.values().size() - 1) + "\"";
            case STRING_ARRAY -> "[\"0x80370102\"]";
            default -> "\"text\"";
        };
    }

    private static Object expected(FieldSpec field) {
        return switch (field.kind()) {
            case BOOLEAN -> true;
            case ENUM -> field.values().get(field.values().size() - 1);
            case STRING_ARRAY -> List.of("0x80370102");
            default -> "text";
        };
    }

    private static Class<?> javaType(FieldSpec field) {
        return switch (field.kind()) {
            case BOOLEAN -> Boolean.class;
            case STRING_ARRAY -> List.class;
            default -> String.class;
        };
    }
}
