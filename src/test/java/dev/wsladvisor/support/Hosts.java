package dev.wsladvisor.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsladvisor.facts.FactsReader;
import dev.wsladvisor.rules.Verdict;
import dev.wsladvisor.rules.WslVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Builds a facts document in the contract's shape and reads it with the real FactsReader, so rule
 * tests see exactly the fact objects {@code advise} inserts.
 */
public final class Hosts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode root = JSON.createObjectNode();

    private Hosts() {
        root.put("schemaVersion", 1);
    }

    public static Hosts host() {
        return new Hosts();
    }

    public Hosts os(Integer build, String architecture) {
        ObjectNode os = ((ObjectNode) root.with("host")).putObject("os");
        putInt(os, "build", build);
        if (architecture != null) {
            os.put("architecture", architecture);
        }
        return this;
    }

    /**
     * As {@link #os}, with the update revision and the edition ("Windows Server 2025 Datacenter").
     */
    public Hosts os(Integer build, Integer revision, String architecture, String edition) {
        os(build, architecture);
        ObjectNode os = (ObjectNode) root.get("host").get("os");
        putInt(os, "revision", revision);
        if (edition != null) {
            os.put("edition", edition);
        }
        return this;
    }

    public Hosts hardware(Integer memoryMb, Integer logicalProcessors) {
        ObjectNode hw = ((ObjectNode) root.with("host")).putObject("hardware");
        putInt(hw, "memoryMb", memoryMb);
        putInt(hw, "logicalProcessors", logicalProcessors);
        return this;
    }

    public Hosts wsl(String packageVersion, Integer... distributionVersions) {
        ObjectNode wsl = ((ObjectNode) root.with("host")).putObject("wsl");
        wsl.put("installed", true);
        if (packageVersion != null) {
            wsl.put("packageVersion", packageVersion);
        }
        ArrayNode list = wsl.putArray("distributions");
        for (Integer v : distributionVersions) {
            list.addObject().put("name", "distro" + list.size()).put("version", v);
        }
        return this;
    }

    public Hosts answer(String name, Boolean value) {
        ObjectNode answers = (ObjectNode) root.with("answers");
        if (value != null) {
            answers.put(name, value);
        }
        return this;
    }

    public List<Object> facts() {
        return new FactsReader(true)
                .parse(root.toString().getBytes(StandardCharsets.UTF_8), "test host")
                .ruleFacts();
    }

    public Object[] factsArray() {
        return facts().toArray();
    }

    @Override
    public String toString() {
        return root.toString();
    }

    public static Verdict verdict(String recommendation) {
        return new Verdict(WslVersion.valueOf(recommendation), false);
    }

    private static void putInt(ObjectNode node, String name, Integer value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
