package dev.wsladvisor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlReportTest {

    @Test
    void theRecordsFileInASuggestedCommandIsOneShellWord() {
        assertThat(HostList.shellWord("out/advice.jsonl")).isEqualTo("out/advice.jsonl");
        assertThat(HostList.shellWord("My Fleet/advice.jsonl")).isEqualTo("'My Fleet/advice.jsonl'");
        assertThat(HostList.shellWord("it's.jsonl")).isEqualTo("'it'\\''s.jsonl'");
    }

    @Test
    void textFromTheFleetIsEscapedForHtml() {
        assertThat(Html.esc("<b a=\"1\">&'")).isEqualTo("&lt;b a=&quot;1&quot;&gt;&amp;&#39;");
    }
}
