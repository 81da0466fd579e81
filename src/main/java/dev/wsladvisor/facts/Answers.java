package dev.wsladvisor.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What only the person knows: the {@code answers} part of the facts document. Each field is
 * declared once, in {@link FactsSchema} (its type, question, help and trial values); here it has
 * only the getter a rule matches ({@code Answers( docker == true )}), which reads the declared
 * field from the document, so an answer is not read or stored field by field elsewhere. {@code
 * AnswersTest} fails when a declared answer has no getter. Every getter returns null when the
 * question was not answered.
 */
public final class Answers extends FactSection {

    private final JsonNode answers;
    private final List<String> errors;

    Answers(FactsDocument document, JsonNode answers) {
        super(document);
        this.answers = answers;
        this.errors = answers.path("errors").isArray() ? texts(answers.path("errors")) : null;
    }

    public Boolean getDocker() {
        return bool("docker");
    }

    /** linux, windows or both. */
    public String getProjectLocation() {
        return text("projectLocation");
    }

    public Boolean getWindowsFsHeavyIo() {
        return bool("windowsFsHeavyIo");
    }

    public Boolean getFileWatching() {
        return bool("fileWatching");
    }

    public Boolean getGuiApps() {
        return bool("guiApps");
    }

    public Boolean getGpuCompute() {
        return bool("gpuCompute");
    }

    public Boolean getSerialPort() {
        return bool("serialPort");
    }

    public Boolean getUsbDevices() {
        return bool("usbDevices");
    }

    public Boolean getSystemd() {
        return bool("systemd");
    }

    public Boolean getKernelFeatures() {
        return bool("kernelFeatures");
    }

    public Boolean getVpn() {
        return bool("vpn");
    }

    public Boolean getLanAccess() {
        return bool("lanAccess");
    }

    public Boolean getMemoryTight() {
        return bool("memoryTight");
    }

    public Boolean getFastStartup() {
        return bool("fastStartup");
    }

    public Boolean getOtherHypervisorVms() {
        return bool("otherHypervisorVms");
    }

    public Boolean getWindowsToolsOnSameFiles() {
        return bool("windowsToolsOnSameFiles");
    }

    /** Project files live (at least partly) on the Windows drives. */
    @Reads({"projectLocation"})
    public boolean filesOnWindowsDrives() {
        String projectLocation = getProjectLocation();
        return "windows".equals(projectLocation) || "both".equals(projectLocation);
    }

    /** Null when not answered. */
    public List<String> getErrors() {
        return errors;
    }

    private Boolean bool(String field) {
        JsonNode v = answers.path(field);
        return v.isBoolean() ? v.booleanValue() : null;
    }

    private String text(String field) {
        JsonNode v = answers.path(field);
        return v.isTextual() ? v.asText() : null;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>(array.size());
        for (JsonNode e : array) {
            out.add(e.asText());
        }
        return List.copyOf(out);
    }
}
