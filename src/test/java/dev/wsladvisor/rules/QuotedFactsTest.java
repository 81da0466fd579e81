package dev.wsladvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class QuotedFactsTest {

    @Test
    void aQuoteIsWorkedOutOnFirstReadAndOnlyOnce() {
        AtomicInteger made = new AtomicInteger();
        List<String> quote =
                new QuotedFacts(
                        () -> {
                            made.incrementAndGet();
                            return List.of("answers.docker = true");
                        });
        Reason reason =
                new Reason(
                        "docker-needs-wsl2",
                        WslVersion.WSL2,
                        Strength.NEED,
                        "Docker",
                        quote,
                        "https://example.org",
                        null);
        assertThat(made).as("an output that nobody reads quotes nothing").hasValue(0);

        assertThat(reason.getFacts()).containsExactly("answers.docker = true");
        assertThat(reason.getFacts()).hasSize(1);
        assertThat(made).hasValue(1);
    }

    @Test
    void aQuoteCannotBeChanged() {
        List<String> quote = new QuotedFacts(() -> new java.util.ArrayList<>(List.of("a = 1")));
        assertThatThrownBy(() -> quote.add("b = 2"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(QuotedFacts.copyOf(quote)).isSameAs(quote);
        assertThat(QuotedFacts.copyOf(new java.util.ArrayList<>(List.of("a = 1"))))
                .containsExactly("a = 1")
                .isUnmodifiable();
    }
}
