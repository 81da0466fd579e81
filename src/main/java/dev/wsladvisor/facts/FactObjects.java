package dev.wsladvisor.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fact objects the rules match on, read once from a document's JSON tree, and their places in
 * it ({@link RuleFact}). Absent and null are the same: unknown.
 */
final class FactObjects {

    private static final String[] PRODUCTS = {"virtualBox", "vmware", "dockerDesktop"};

    private final FactsDocument document;
    private final JsonNode root;
    final HostOs os;
    final Hardware hardware;
    final Features features;
    final WslInstall wsl;
    final CurrentDistribution currentDistribution;
    final List<Product> products = new ArrayList<>();
    final Answers answers;
    final List<ReportedError> reportedErrors = new ArrayList<>();

    FactObjects(FactsDocument document, JsonNode root) {
        this.document = document;
        this.root = root;
        JsonNode host = root.path("host");
        JsonNode o = host.path("os");
        this.os =
                new HostOs(
                        document,
                        text(o, "edition"),
                        integer(o, "build"),
                        integer(o, "revision"),
                        text(o, "displayVersion"),
                        text(o, "architecture"));
        JsonNode h = host.path("hardware");
        this.hardware =
                new Hardware(
                        document,
                        integer(h, "memoryMb"),
                        integer(h, "logicalProcessors"),
                        bool(h, "virtualizationFirmwareEnabled"),
                        bool(h, "slat"),
                        bool(h, "hypervisorPresent"),
                        bool(h, "isVirtualMachine"),
                        bool(h, "nestedVirtualization"),
                        text(h, "vmHost"),
                        h.path("diskFreeGb").isNumber() ? h.path("diskFreeGb").asDouble() : null);
        JsonNode f = host.path("features");
        this.features =
                new Features(
                        document,
                        text(f, "virtualMachinePlatform"),
                        text(f, "windowsSubsystemForLinux"),
                        text(f, "hyperV"),
                        text(f, "windowsHypervisorPlatform"));
        JsonNode w = host.path("wsl");
        List<Distribution> distributions = null;
        if (w.path("distributions").isArray()) {
            distributions = new ArrayList<>();
            for (JsonNode d : w.path("distributions")) {
                distributions.add(
                        new Distribution(
                                document,
                                text(d, "name"),
                                integer(d, "version"),
                                text(d, "state"),
                                bool(d, "default")));
            }
        }
        this.wsl =
                new WslInstall(
                        document,
                        bool(w, "installed"),
                        text(w, "packageVersion"),
                        text(w, "kernelVersion"),
                        integer(w, "defaultVersion"),
                        distributions);
        JsonNode c = w.path("currentDistribution");
        this.currentDistribution =
                c.isObject()
                        ? new CurrentDistribution(
                                document,
                                text(c, "name"),
                                integer(c, "version"),
                                text(c, "kernelRelease"),
                                text(c, "osId"))
                        : null;
        JsonNode s = host.path("software");
        for (String name : PRODUCTS) {
            JsonNode p = s.path(name);
            if (p.isObject()) {
                products.add(
                        new Product(
                                document,
                                name,
                                text(p, "version"),
                                text(p, "product"),
                                text(p, "backend")));
            }
        }
        for (JsonNode other : s.path("otherHypervisors")) {
            products.add(
                    new Product(
                            document,
                            other.asText().trim().toLowerCase(Locale.ROOT),
                            null,
                            null,
                            null));
        }
        JsonNode a = root.path("answers");
        if (a.path("errors").isArray()) {
            for (JsonNode e : a.path("errors")) {
                reportedErrors.add(new ReportedError(document, e.asText()));
            }
        }
        this.answers = new Answers(document, a);
    }

    /** Every object with its place and source, in the order the rules are given them. */
    List<RuleFact> slots() {
        JsonNode host = root.path("host");
        List<RuleFact> facts = new ArrayList<>();
        // HostOs also answers readinessUnknown(), which reads the whole host: a trial that changes
        // it changes HostOs.
        facts.add(new RuleFact("host.os", host.path("os"), readinessUnknown(), true, os));
        facts.add(new RuleFact("host.hardware", host.path("hardware"), null, true, hardware));
        facts.add(new RuleFact("host.features", host.path("features"), null, true, features));
        facts.add(new RuleFact("host.wsl", host.path("wsl"), null, true, wsl));
        if (wsl.getDistributions() != null) {
            JsonNode list = host.path("wsl").path("distributions");
            for (int i = 0; i < wsl.getDistributions().size(); i++) {
                facts.add(
                        new RuleFact(
                                "host.wsl.distributions[" + i + "]",
                                list.path(i),
                                null,
                                true,
                                wsl.getDistributions().get(i)));
            }
        }
        if (currentDistribution != null) {
            facts.add(
                    new RuleFact(
                            "host.wsl.currentDistribution",
                            host.path("wsl").path("currentDistribution"),
                            null,
                            true,
                            currentDistribution));
        }
        JsonNode software = host.path("software");
        int k = 0;
        for (String name : PRODUCTS) {
            if (software.path(name).isObject()) {
                facts.add(
                        new RuleFact(
                                "host.software." + name,
                                software.path(name),
                                null,
                                true,
                                products.get(k++)));
            }
        }
        for (int i = 0; k < products.size(); i++) {
            facts.add(
                    new RuleFact(
                            "host.software.otherHypervisors[" + i + "]",
                            software.path("otherHypervisors").path(i),
                            null,
                            false,
                            products.get(k++)));
        }
        facts.add(new RuleFact("answers", root.path("answers"), null, true, answers));
        JsonNode errors = root.path("answers").path("errors");
        for (int i = 0; i < reportedErrors.size(); i++) {
            facts.add(
                    new RuleFact(
                            "answers.errors[" + i + "]",
                            errors.path(i),
                            null,
                            false,
                            reportedErrors.get(i)));
        }
        for (ReportedError e : reportedErrors) {
            if (e.stopsWsl2()) {
                // The diagnosis weighs the hardware, features, WSL and software facts: all of the
                // host.
                facts.add(
                        new RuleFact(
                                "diagnosis", host, null, false, new VmStartDiagnosis(document)));
                break;
            }
        }
        return facts;
    }

    /** See {@link FactsDocument#readinessUnknown()}. */
    boolean readinessUnknown() {
        return os.getBuild() == null
                && hardware.getVirtualizationFirmwareEnabled() == null
                && hardware.getHypervisorPresent() == null
                && hardware.getSlat() == null
                && hardware.getVirtualMachine() == null
                && features.getVirtualMachinePlatform() == null
                && wsl.getInstalled() == null
                && reportedErrors.stream().noneMatch(ReportedError::stopsWsl2);
    }

    private static String text(JsonNode parent, String field) {
        JsonNode v = parent.path(field);
        return v.isTextual() ? v.asText() : null;
    }

    private static Integer integer(JsonNode parent, String field) {
        JsonNode v = parent.path(field);
        return v.isNumber() ? v.intValue() : null;
    }

    private static Boolean bool(JsonNode parent, String field) {
        JsonNode v = parent.path(field);
        return v.isBoolean() ? v.booleanValue() : null;
    }
}
