package dev.wsladvisor.facts;

import static dev.wsladvisor.facts.FactsErrors.describe;
import static dev.wsladvisor.facts.FactsErrors.quoted;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.wsladvisor.text.Suggestions;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * The checks of one enumeration or number against its {@link FieldSpec}: an enumeration matched
 * case-insensitively and normalised to the contract's spelling, a number within its range and, when
 * whole, within a Java int.
 */
final class ScalarChecks {

    /**
     * Names other tools give to the contract's values, such as Windows's own
     * PROCESSOR_ARCHITECTURE=AMD64: spelling distance would suggest "arm64" for "amd64", the wrong
     * processor.
     */
    private static final Map<String, String> SYNONYMS =
            Map.of(
                    "amd64", "x64", "x86_64", "x64", "x86-64", "x64", "aarch64", "arm64", "i386",
                    "x86", "i686", "x86");

    private static final BigDecimal INT_LIMIT = BigDecimal.valueOf(Integer.MAX_VALUE);

    private final FactsErrors errors;

    ScalarChecks(FactsErrors errors) {
        this.errors = errors;
    }

    /** The value, or the contract's spelling of it. */
    JsonNode checkEnum(JsonNode value, FieldSpec spec, String path) {
        if (!value.isTextual()) {
            throw errors.mismatch(path, spec, value);
        }
        String given = value.asText().trim().toLowerCase(Locale.ROOT);
        for (String allowed : spec.values()) {
            if (allowed.equals(given)) {
                return allowed.equals(value.asText()) ? value : TextNode.valueOf(allowed);
            }
        }
        String synonym = SYNONYMS.get(given);
        String hint =
                synonym != null && spec.values().contains(synonym)
                        ? " \""
                                + quoted(value.asText())
                                + "\" is what other tools call \""
                                + synonym
                                + "\": write \""
                                + synonym
                                + "\"."
                        : Suggestions.closest(given, spec.values())
                                .map(s -> " Did you mean \"" + s + "\"?")
                                .orElse("");
        throw errors.error(
                path,
                "expected "
                        + spec.expectation()
                        + ", found \""
                        + quoted(value.asText())
                        + "\"."
                        + hint);
    }

    JsonNode checkNumber(JsonNode value, FieldSpec spec, String path, boolean integral) {
        if (!value.isNumber()) {
            String hint =
                    value.isTextual() && value.asText().trim().matches("-?\\d+(\\.\\d+)?")
                            ? " Write the number without quotes: "
                                    + quoted(value.asText().trim())
                                    + "."
                            : "";
            throw errors.error(
                    path,
                    "expected " + spec.expectation() + ", found " + describe(value) + "." + hint);
        }
        BigDecimal number = value.decimalValue();
        if (integral && number.stripTrailingZeros().scale() > 0) {
            throw errors.error(
                    path,
                    "expected " + spec.expectation() + ", found " + quoted(value.asText()) + ".");
        }
        boolean belowMin =
                spec.min() != null && number.compareTo(BigDecimal.valueOf(spec.min())) < 0;
        boolean aboveMax =
                spec.max() != null && number.compareTo(BigDecimal.valueOf(spec.max())) > 0;
        if (belowMin || aboveMax) {
            throw errors.error(
                    path,
                    "expected "
                            + spec.expectation()
                            + ", found "
                            + quoted(value.asText())
                            + " (out of range).");
        }
        // The fact objects hold whole numbers as Java ints: a larger one would wrap around
        // (2147483648 MB of RAM would read as less than 4 GB), so it is refused rather than
        // misread.
        if (integral && number.abs().compareTo(INT_LIMIT) > 0) {
            throw errors.error(
                    path,
                    "expected "
                            + spec.expectation()
                            + ", found "
                            + quoted(value.asText())
                            + " (too large: at most "
                            + Integer.MAX_VALUE
                            + ").");
        }
        return value;
    }
}
