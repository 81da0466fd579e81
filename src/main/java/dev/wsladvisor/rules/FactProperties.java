package dev.wsladvisor.rules;

import dev.wsladvisor.facts.Answers;
import dev.wsladvisor.facts.CurrentDistribution;
import dev.wsladvisor.facts.Distribution;
import dev.wsladvisor.facts.FactsSchema;
import dev.wsladvisor.facts.Features;
import dev.wsladvisor.facts.FieldSpec;
import dev.wsladvisor.facts.Hardware;
import dev.wsladvisor.facts.HostOs;
import dev.wsladvisor.facts.Product;
import dev.wsladvisor.facts.WslInstall;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bean properties a rule condition reads on a fact, and which of them a change to the fact's
 * JSON fields may change. Drools' property reactivity matches a condition again only when a
 * property it reads is among those an update names, so the what-if trials name exactly these. Kept
 * apart from {@link FactModel}, which describes the fact model for authors and docs, because this
 * is on the path of every cold {@code advise}: plain loops over one class's getters, done once per
 * class.
 */
public final class FactProperties {

    /**
     * Where each fact type's fields are declared in the contract: a product's in its own entry of
     * host.software (the Product type reads whichever of them it was built from).
     */
    static final Map<Class<?>, List<String>> SECTIONS =
            Map.of(
                    HostOs.class,
                    List.of("host.os"),
                    Hardware.class,
                    List.of("host.hardware"),
                    Features.class,
                    List.of("host.features"),
                    WslInstall.class,
                    List.of("host.wsl"),
                    Distribution.class,
                    List.of("host.wsl.distributions"),
                    CurrentDistribution.class,
                    List.of("host.wsl.currentDistribution"),
                    Product.class,
                    List.of(
                            "host.software.virtualBox",
                            "host.software.vmware",
                            "host.software.dockerDesktop"),
                    Answers.class,
                    List.of("answers"));

    /** Bean properties whose contract field has another name. */
    static final Map<Class<?>, Map<String, String>> CONTRACT_NAMES =
            Map.of(
                    Hardware.class,
                    Map.of("virtualMachine", "isVirtualMachine"),
                    Distribution.class,
                    Map.of("defaultDistribution", "default"),
                    Product.class,
                    Map.of("productName", "product"));

    /**
     * One property: its name, its contract field's name, or null when it is derived (read from
     * several fields).
     */
    private record Property(String name, String field) {}

    private static final ClassValue<List<Property>> PROPERTIES =
            new ClassValue<>() {
                @Override
                protected List<Property> computeValue(Class<?> type) {
                    Map<String, String> renames = CONTRACT_NAMES.getOrDefault(type, Map.of());
                    List<Property> out = new ArrayList<>();
                    for (Method m : type.getMethods()) {
                        String name = property(m);
                        if (name == null
                                || m.getDeclaringClass() == Object.class
                                || Modifier.isStatic(m.getModifiers())) {
                            continue;
                        }
                        String field = renames.getOrDefault(name, name);
                        boolean declared = spec(type, field) != null;
                        out.add(new Property(name, declared ? field : null));
                    }
                    return List.copyOf(out);
                }
            };

    private FactProperties() {}

    /**
     * The properties of a fact of {@code type} that may differ when the named fields of its part of
     * the facts document change ("isVirtualMachine" is the property virtualMachine): those fields'
     * own properties and every derived one (such as HostOs's server, read from the edition). A
     * condition that calls a method reads no named property, and Drools matches it again on any
     * update.
     */
    public static String[] changedBy(Class<?> type, Set<String> fields) {
        List<String> out = new ArrayList<>();
        for (Property p : PROPERTIES.get(type)) {
            if (p.field() == null || fields.contains(p.field())) {
                out.add(p.name());
            }
        }
        return out.toArray(new String[0]);
    }

    /**
     * The contract's declaration of a fact type's field, or null for a field the facts document
     * does not hold.
     */
    static FieldSpec spec(Class<?> type, String field) {
        List<FieldSpec> specs = specs(type, field);
        return specs.isEmpty() ? null : specs.get(0);
    }

    /**
     * Every declaration of a fact type's field: one per product entry that has it, one for the
     * other types.
     */
    static List<FieldSpec> specs(Class<?> type, String field) {
        List<FieldSpec> out = new ArrayList<>();
        for (String section : SECTIONS.getOrDefault(type, List.of())) {
            FieldSpec spec = FactsSchema.at(section + "." + field);
            if (spec != null) {
                out.add(spec);
            }
        }
        return out;
    }

    /**
     * The bean property a getter reads ({@code getBuild} and {@code isServer} read build and
     * server), or null.
     */
    static String property(Method m) {
        String n = m.getName();
        if (m.getParameterCount() != 0 || !Modifier.isPublic(m.getModifiers())) {
            return null;
        }
        int start =
                n.startsWith("get") && n.length() > 3
                        ? 3
                        : n.startsWith("is")
                                        && n.length() > 2
                                        && (m.getReturnType() == boolean.class
                                                || m.getReturnType() == Boolean.class)
                                ? 2
                                : -1;
        if (start < 0 || !Character.isUpperCase(n.charAt(start))) {
            return null;
        }
        return Character.toLowerCase(n.charAt(start)) + n.substring(start + 1);
    }
}
