package dev.wsladvisor.advice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The advice document as JSON, per the contract. */
public final class JsonReport {

    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper();

    private JsonReport() {
    }

    public static String pretty(Advice advice) {
        return write(PRETTY, advice);
    }

    /** One line, for JSON Lines output. */
    public static String compact(Advice advice) {
        return write(COMPACT, advice);
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write advice as JSON", e);
        }
    }
}
