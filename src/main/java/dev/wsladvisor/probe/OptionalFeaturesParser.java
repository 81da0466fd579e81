package dev.wsladvisor.probe;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code Get-WindowsOptionalFeature -Online | Select FeatureName,State | ConvertTo-Json}.
 * PowerShell 5.1 writes the state as the number of the {@code Microsoft.Dism.Commands.FeatureState}
 * enum, newer ones or a hand edit as its name. The enum (Disabled = 0, DisablePending = 1, Enabled
 * = 2, EnablePending = 3, Superseded = 4, PartiallyInstalled = 5, DisabledWithPayloadRemoved = 6)
 * is as a third-party comment read it from Windows Server 2022; see docs/probe.md.
 */
public final class OptionalFeaturesParser {
    /**
     * A full listing has a hundred or more features; a short one may have been filtered, so "not
     * listed" proves nothing.
     */
    private static final int FULL_LISTING = 20;

    private static final Map<String, List<String>> FEATURES = new LinkedHashMap<>();

    static {
        FEATURES.put("host.features.virtualMachinePlatform", List.of("VirtualMachinePlatform"));
        FEATURES.put(
                "host.features.windowsSubsystemForLinux",
                List.of("Microsoft-Windows-Subsystem-Linux"));
        FEATURES.put("host.features.hyperV", List.of("Microsoft-Hyper-V-All", "Microsoft-Hyper-V"));
        FEATURES.put("host.features.windowsHypervisorPlatform", List.of("HypervisorPlatform"));
    }

    private OptionalFeaturesParser() {}

    public static void parse(SourceText source, ProbeResult out) {
        List<JsonNode> features = CimParser.instances(source, out);
        if (features.isEmpty()) {
            return;
        }
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        for (JsonNode f : features) {
            String name = CimParser.text(f, "FeatureName");
            if (name != null) {
                byName.put(name.toLowerCase(Locale.ROOT), f);
            }
        }
        if (byName.isEmpty()) {
            out.warn(
                    source.whole()
                            + ": no FeatureName fields; capture it again with 'Get-WindowsOptionalFeature -Online | "
                            + "Select FeatureName,State | ConvertTo-Json > optional-features.json' in an elevated PowerShell");
            return;
        }
        FEATURES.forEach(
                (path, names) -> {
                    for (String name : names) {
                        JsonNode f = byName.get(name.toLowerCase(Locale.ROOT));
                        if (f == null) {
                            continue;
                        }
                        JsonNode state = CimParser.field(f, "State");
                        String value = state == null ? null : state(state);
                        if (value == null) {
                            out.warn(
                                    source.whole()
                                            + ": feature "
                                            + name
                                            + " has state '"
                                            + (state == null ? "" : state.asText())
                                            + "', which is not Enabled, Disabled, EnablePending or DisablePending");
                        } else {
                            out.fill(path, value, source.whole() + " (" + name + ")");
                            if (state.asText().equalsIgnoreCase("DisablePending")
                                    || state.asText().equals("1")) {
                                out.note(
                                        name
                                                + " is still enabled but will be disabled at the next restart.");
                            }
                        }
                        return;
                    }
                    if (byName.size() >= FULL_LISTING) {
                        out.fill(
                                path,
                                "absent",
                                source.whole()
                                        + " ("
                                        + names.get(0)
                                        + " not listed: this edition lacks it)");
                    }
                });
    }

    private static String state(JsonNode state) {
        String s = state.asText().strip().toLowerCase(Locale.ROOT).replace(" ", "");
        return switch (s) {
            case "0", "disabled", "6", "disabledwithpayloadremoved" -> "disabled";
            case "1", "disablepending", "2", "enabled" -> "enabled";
            case "3", "enablepending" -> "enable-pending";
            default -> null;
        };
    }
}
