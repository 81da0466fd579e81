package dev.wsladvisor.scenario;

import java.util.List;
import java.util.Locale;

/**
 * The results of {@code rules test} as JUnit XML, the format CI servers read: one test suite, one
 * test case per scenario (named by its file), a failure listing the differences, an error for a
 * scenario that could not be read.
 */
public final class JunitReport {

    private JunitReport() {}

    public static String xml(List<ScenarioSuite.Entry> entries) {
        long failures = entries.stream().filter(e -> e.result() != null && !e.passed()).count();
        long errors = entries.stream().filter(e -> e.result() == null).count();
        double total = entries.stream().mapToLong(ScenarioSuite.Entry::nanos).sum() / 1e9;
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuite name=\"wsl-advisor rules test\" tests=\"")
                .append(entries.size())
                .append("\" failures=\"")
                .append(failures)
                .append("\" errors=\"")
                .append(errors)
                .append("\" skipped=\"0\" time=\"")
                .append(seconds(total))
                .append("\">\n");
        for (ScenarioSuite.Entry e : entries) {
            String file = e.file().toString().replace('\\', '/');
            int slash = file.lastIndexOf('/');
            xml.append("  <testcase classname=\"")
                    .append(
                            escape(
                                    slash < 0
                                            ? "scenarios"
                                            : file.substring(0, slash).replace('/', '.')))
                    .append("\" name=\"")
                    .append(escape(file.substring(slash + 1)))
                    .append("\" time=\"")
                    .append(seconds(e.nanos() / 1e9))
                    .append("\"");
            if (e.passed()) {
                xml.append("/>\n");
                continue;
            }
            xml.append(">\n");
            if (e.result() == null) {
                xml.append("    <error message=\"")
                        .append(escape(e.error()))
                        .append("\" type=\"bad scenario\">")
                        .append(escape(e.error()))
                        .append("</error>\n");
            } else {
                List<String> d = e.result().differences();
                xml.append("    <failure message=\"")
                        .append(
                                escape(
                                        d.size()
                                                + (d.size() == 1
                                                        ? " difference: "
                                                        : " differences: ")
                                                + d.get(0)))
                        .append("\" type=\"scenario failed\">")
                        .append(escape(e.result().describe()))
                        .append("</failure>\n");
            }
            xml.append("  </testcase>\n");
        }
        return xml.append("</testsuite>\n").toString();
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }

    /** XML text and attribute escaping; characters XML 1.0 cannot hold at all become '?'. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '&':
                    out.append("&amp;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\n':
                    out.append("&#10;");
                    break;
                default:
                    out.append(
                            c < 0x20 && c != '\t' && c != '\r' || c == 0xFFFE || c == 0xFFFF
                                    ? '?'
                                    : c);
            }
        }
        return out.toString();
    }
}
