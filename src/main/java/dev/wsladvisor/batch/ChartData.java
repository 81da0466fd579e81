package dev.wsladvisor.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What the fleet report's charts draw, from the same {@link FleetReport} as its tables. */
final class ChartData {

    /** Bars in a ranked chart; the tables list them all. */
    static final int CHART_ROWS = 15;

    private ChartData() {}

    /** What the charts draw, as JSON safe inside a script element. */
    static String json(FleetReport r) {
        Map<String, Object> d = new LinkedHashMap<>();
        List<Map<String, Object>> outcomes = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            outcomes.add(
                    ordered(
                            "key",
                            o.key(),
                            "label",
                            o.label(),
                            "colour",
                            o.colour(),
                            "hosts",
                            r.outcomes().get(o.key())));
        }
        d.put("outcomes", outcomes);
        d.put(
                "byBuild",
                table(r.byBuild(), FleetReport.BuildRow::label, FleetReport.BuildRow::outcomes));
        d.put(
                "byEdition",
                table(
                        r.byEdition(),
                        FleetReport.EditionRow::label,
                        FleetReport.EditionRow::outcomes));
        d.put(
                "blockers",
                r.blockers().stream()
                        .limit(CHART_ROWS)
                        .map(g -> ordered("name", g.id(), "hosts", g.hosts()))
                        .toList());
        d.put(
                "unknown",
                r.findOutNext().stream()
                        .limit(CHART_ROWS)
                        .map(f -> ordered("name", f.fact(), "hosts", f.hosts()))
                        .toList());
        try {
            // '<' only occurs inside JSON strings, where \u003c means the same: no "</script>" can
            // end the element early.
            return new ObjectMapper().writeValueAsString(d).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> Map<String, Object> table(
            List<T> rows, Function<T, String> label, Function<T, Map<String, Long>> counts) {
        List<Map<String, Object>> series = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            series.add(
                    ordered(
                            "label",
                            o.label(),
                            "colour",
                            o.colour(),
                            "data",
                            rows.stream().map(row -> counts.apply(row).get(o.key())).toList()));
        }
        return ordered("labels", rows.stream().map(label).toList(), "series", series);
    }

    /**
     * Keys in the order given. Not {@code Map.of}: its order changes from one JVM run to the next,
     * so the same fleet would give a different page each time.
     */
    static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
