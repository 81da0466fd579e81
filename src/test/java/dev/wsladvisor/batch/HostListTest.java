package dev.wsladvisor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostListTest {

    @Test
    void theRecordsFileInASuggestedCommandIsOneShellWord() {
        assertThat(HostList.shellWord("out/advice.jsonl")).isEqualTo("out/advice.jsonl");
        assertThat(HostList.shellWord("My Fleet/advice.jsonl"))
                .isEqualTo("'My Fleet/advice.jsonl'");
        assertThat(HostList.shellWord("it's.jsonl")).isEqualTo("'it'\\''s.jsonl'");
    }
}
