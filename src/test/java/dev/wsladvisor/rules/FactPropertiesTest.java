package dev.wsladvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The properties a trial names on an update agree with the fact model authors read: derived ones
 * always, fields by name.
 */
class FactPropertiesTest {

    @Test
    void aChangedFieldNamesItsOwnPropertyAndEveryDerivedOne() {
        for (FactModel.Type type : FactModel.types()) {
            if (!FactProperties.SECTIONS.containsKey(type.type())) {
                continue;
            }
            Set<String> derived = new java.util.HashSet<>();
            type.fields().values().stream()
                    .filter(f -> f.path() == null)
                    .forEach(f -> derived.add(f.name()));
            assertThat(FactProperties.changedBy(type.type(), Set.of()))
                    .as(type.name())
                    .containsExactlyInAnyOrderElementsOf(derived);
            for (FactModel.Field f : type.fields().values()) {
                if (f.path() != null) {
                    String field = f.path().substring(f.path().lastIndexOf('.') + 1);
                    assertThat(FactProperties.changedBy(type.type(), Set.of(field)))
                            .as(type.name() + "." + field)
                            .contains(f.name())
                            .hasSize(derived.size() + 1);
                }
            }
        }
    }

    @Test
    void theContractNamesThatDifferFromTheGettersAreKnown() {
        assertThat(
                        FactProperties.changedBy(
                                dev.wsladvisor.facts.Hardware.class, Set.of("isVirtualMachine")))
                .contains("virtualMachine");
        assertThat(
                        FactProperties.changedBy(
                                dev.wsladvisor.facts.Distribution.class, Set.of("default")))
                .contains("defaultDistribution");
        assertThat(FactProperties.changedBy(dev.wsladvisor.facts.Product.class, Set.of("product")))
                .contains("productName");
    }
}
