package dev.wsladvisor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ReportedErrorTest {

    @Test
    void mentionsIgnoresCaseAndRunsOfWhiteSpace() {
        ReportedError e =
                new ReportedError(
                        FactsDocument.empty(),
                        "Error:\t0x80370102  The virtual\r\nmachine could not be started");
        assertThat(e.mentions("0X80370102")).isTrue();
        assertThat(e.mentions("virtual machine could")).isTrue();
        assertThat(e.mentions("virtual  machine\tcould")).isTrue();
        assertThat(e.mentions("0x80070005")).isFalse();
    }

    /**
     * Folding by hand gives what lower-casing and collapsing {@code \s+} with a regular expression
     * gives.
     */
    @Property(tries = 500)
    void foldAgreesWithTheRegularExpression(@ForAll("texts") String text) {
        assertThat(ReportedError.fold(text))
                .isEqualTo(text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars(" \t\n\r\f\u000BaZ0x\u00A0İ").ofMaxLength(20);
    }
}
