package dev.wsladvisor.advice;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The advice document as JSON, per the contract, written field by field in the order {@link Advice}
 * declares. Jackson's data binding would find that order by introspecting the records, which cost a
 * cold {@code advise} about 50 ms of CPU; the streaming writer needs none of it and is faster per
 * host in {@code batch} too (docs/performance.md). {@code JsonReportTest} checks the output against
 * data binding of the annotated records. A null {@code whatIf} or {@code unknown} (batch without
 * --what-if: not computed) is left out.
 */
public final class JsonReport {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonReport() {}

    public static String pretty(Advice advice) {
        return write(advice, true);
    }

    /** One line, for JSON Lines output. */
    public static String compact(Advice advice) {
        return write(advice, false);
    }

    private static String write(Advice advice, boolean pretty) {
        StringWriter text = new StringWriter(pretty ? 4096 : 2048);
        try (JsonGenerator g = JSON.createGenerator(text)) {
            if (pretty) {
                g.setPrettyPrinter(new DefaultPrettyPrinter());
            }
            advice(g, advice);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write advice as JSON", e);
        }
        return text.toString();
    }

    private static void advice(JsonGenerator g, Advice a) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", a.schemaVersion());
        if (a.id() != null) {
            g.writeStringField("id", a.id());
        }
        g.writeStringField("recommendation", a.recommendation());
        g.writeBooleanField("blocked", a.blocked());
        g.writeNumberField("confidence", a.confidence());
        g.writeStringField("summary", a.summary());
        g.writeArrayFieldStart("blockers");
        for (Advice.BlockerItem b : a.blockers()) {
            g.writeStartObject();
            g.writeStringField("id", b.id());
            g.writeStringField("message", b.message());
            g.writeStringField("fix", b.fix());
            g.writeStringField("source", b.source());
            strings(g, "facts", b.facts());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("reasons");
        for (Advice.ReasonItem r : a.reasons()) {
            g.writeStartObject();
            g.writeStringField("rule", r.rule());
            g.writeStringField("favors", r.favors());
            g.writeNumberField("weight", r.weight());
            g.writeStringField("explanation", r.explanation());
            strings(g, "facts", r.facts());
            g.writeStringField("source", r.source());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("warnings");
        for (Advice.WarningItem w : a.warnings()) {
            g.writeStartObject();
            g.writeStringField("id", w.id());
            g.writeStringField("message", w.message());
            if (w.fix() != null) {
                g.writeStringField("fix", w.fix());
            }
            g.writeStringField("source", w.source());
            strings(g, "facts", w.facts());
            g.writeEndObject();
        }
        g.writeEndArray();
        wslconfig(g, a.wslconfig());
        if (a.whatIf() != null) {
            g.writeArrayFieldStart("whatIf");
            for (Advice.WhatIfItem w : a.whatIf()) {
                g.writeStartObject();
                g.writeStringField("change", w.change());
                g.writeStringField("recommendation", w.recommendation());
                g.writeBooleanField("blocked", w.blocked());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        strings(g, "nextSteps", a.nextSteps());
        if (a.unknown() != null) {
            strings(g, "unknown", a.unknown());
        }
        g.writeEndObject();
    }

    private static void wslconfig(JsonGenerator g, Advice.WslConfigPart w) throws IOException {
        if (w == null) {
            g.writeNullField("wslconfig");
            return;
        }
        g.writeObjectFieldStart("wslconfig");
        g.writeArrayFieldStart("settings");
        for (Advice.Setting s : w.settings()) {
            g.writeStartObject();
            g.writeStringField("section", s.section());
            g.writeStringField("key", s.key());
            g.writeStringField("value", s.value());
            g.writeStringField("reason", s.reason());
            if (s.source() != null) {
                g.writeStringField("source", s.source());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("text", w.text());
        g.writeArrayFieldStart("findings");
        for (Advice.Finding f : w.findings()) {
            g.writeStartObject();
            g.writeStringField("severity", f.severity());
            if (f.line() == null) {
                g.writeNullField("line");
            } else {
                g.writeNumberField("line", f.line());
            }
            g.writeStringField("section", f.section());
            g.writeStringField("key", f.key());
            g.writeStringField("message", f.message());
            g.writeStringField("fix", f.fix());
            if (f.column() == null) {
                g.writeNullField("column");
            } else {
                g.writeNumberField("column", f.column());
            }
            g.writeStringField("file", f.file());
            g.writeStringField("rule", f.rule());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (w.note() != null) {
            g.writeStringField("note", w.note());
        }
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String field, List<String> values)
            throws IOException {
        if (values == null) {
            g.writeNullField(field);
            return;
        }
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
