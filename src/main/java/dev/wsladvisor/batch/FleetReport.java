package dev.wsladvisor.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The summary of a fleet run: the JSON of {@code --summary FILE} (schema:
 * docs/fleet-summary.schema.json) and what the HTML report is drawn from, so the page and the data
 * always agree.
 */
@JsonPropertyOrder({
    "lines",
    "advised",
    "errors",
    "skipped",
    "outcomes",
    "verdicts",
    "byBuild",
    "byEdition",
    "blockers",
    "unmetNeeds",
    "warnings",
    "unknownWorkedOut",
    "findOutNext",
    "inputErrors",
    "inputErrorsOmitted",
    "hostIdsPerGroup",
    "topBlockers",
    "topWarnings",
    "errorLines",
    "errorLinesTruncated",
    "factWarningLines",
    "firstFactWarnings",
    "seconds",
    "hostsPerSecond"
})
public record FleetReport(
        long lines,
        long advised,
        long errors,
        long skipped,
        Map<String, Long> outcomes,
        Map<String, Map<String, Long>> verdicts,
        List<BuildRow> byBuild,
        List<EditionRow> byEdition,
        List<Group> blockers,
        List<Group> unmetNeeds,
        List<Group> warnings,
        boolean unknownWorkedOut,
        List<UnknownFact> findOutNext,
        List<InputError> inputErrors,
        long inputErrorsOmitted,
        int hostIdsPerGroup,
        List<Count> topBlockers,
        List<Count> topWarnings,
        List<Long> errorLines,
        boolean errorLinesTruncated,
        long factWarningLines,
        List<String> firstFactWarnings,
        double seconds,
        long hostsPerSecond) {

    /**
     * Host names listed per blocker, warning or unknown fact unless the command line says
     * otherwise.
     */
    public static final int DEFAULT_HOST_IDS = 100;

    /**
     * Hosts by outcome for one Windows build and the display version first seen with it. {@code
     * build} is null for hosts whose facts do not give it, and for the rest of a fleet with more
     * than 200 builds; {@code label} says which ("19045 (22H2)", "not given", "other builds").
     */
    @JsonPropertyOrder({"build", "displayVersion", "label", "hosts", "outcomes"})
    public record BuildRow(
            Integer build,
            String displayVersion,
            String label,
            long hosts,
            Map<String, Long> outcomes) {}

    /**
     * Hosts by outcome for one edition as the facts name it; null and {@code label} as for builds.
     */
    @JsonPropertyOrder({"edition", "label", "hosts", "outcomes"})
    public record EditionRow(
            String edition, String label, long hosts, Map<String, Long> outcomes) {}

    /**
     * One blocker, unmet need or warning: its text, fix and source, on how many hosts, and which
     * (capped).
     */
    @JsonPropertyOrder({
        "id",
        "message",
        "fix",
        "source",
        "hosts",
        "hostIds",
        "moreHosts",
        "otherMessages"
    })
    public record Group(
            String id,
            String message,
            @JsonInclude(JsonInclude.Include.NON_NULL) String fix,
            String source,
            long hosts,
            List<String> hostIds,
            long moreHosts,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Variant> otherMessages) {}

    /**
     * The same id said with other words for some hosts (the rules fill in a product, a build...).
     */
    @JsonPropertyOrder({"message", "fix", "hosts"})
    public record Variant(
            String message, @JsonInclude(JsonInclude.Include.NON_NULL) String fix, long hosts) {}

    /**
     * A fact that was not given and would change the advice of {@code hosts} hosts, and how to find
     * it out.
     */
    @JsonPropertyOrder({"fact", "about", "howToFindOut", "hosts", "hostIds", "moreHosts"})
    public record UnknownFact(
            String fact,
            String about,
            String howToFindOut,
            long hosts,
            List<String> hostIds,
            long moreHosts) {}

    /** A line that could not be advised. */
    @JsonPropertyOrder({"line", "id", "message"})
    public record InputError(long line, String id, String message) {}

    /** An id and on how many hosts it appeared. */
    @JsonPropertyOrder({"id", "hosts"})
    public record Count(String id, long hosts) {}
}
