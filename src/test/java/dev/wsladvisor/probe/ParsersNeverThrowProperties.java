package dev.wsladvisor.probe;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a person pastes, a parser warns; it never throws. */
class ParsersNeverThrowProperties {
    private static final List<BiConsumer<SourceText, ProbeResult>> PARSERS =
            List.of(
                    WslVersionParser::parse,
                    WslStatusParser::parse,
                    WslListParser::parse,
                    SysteminfoParser::parse,
                    UnameParser::parse,
                    ProcVersionParser::parse,
                    OsReleaseParser::parse,
                    CimParser::parseOperatingSystem,
                    CimParser::parseComputerSystem,
                    CimParser::parseProcessor,
                    OptionalFeaturesParser::parse,
                    VBoxManageVersionParser::parse,
                    VmwareVersionParser::parse);

    @Property(tries = 300)
    void noBytesMakeAParserThrow(@ForAll byte[] bytes) {
        for (BiConsumer<SourceText, ProbeResult> parser : PARSERS) {
            assertThatCode(
                            () -> {
                                ProbeResult out = new ProbeResult();
                                parser.accept(SourceText.ofFile("any.txt", bytes), out);
                                out.toDocument();
                            })
                    .doesNotThrowAnyException();
        }
    }

    @Property(tries = 500)
    void noOutputLikeTextMakesAParserThrow(@ForAll("outputLike") String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (BiConsumer<SourceText, ProbeResult> parser : PARSERS) {
            assertThatCode(
                            () -> {
                                ProbeResult out = new ProbeResult();
                                parser.accept(SourceText.ofFile("any.txt", bytes), out);
                                out.toDocument();
                            })
                    .doesNotThrowAnyException();
        }
    }

    /**
     * Lines made of the pieces real outputs are made of, so the parsers' deeper branches are
     * reached.
     */
    @Provide
    Arbitrary<String> outputLike() {
        Arbitrary<String> piece =
                Arbitraries.of(
                        "WSL version: ",
                        "2.3.26.0",
                        "10.0.19045.99999999999",
                        "Yes",
                        "Ja",
                        "No",
                        "Hyper-V Requirements: ",
                        "VM Monitor Mode Extensions: ",
                        "x64-based PC",
                        "16,234 MB",
                        "99999999999999 MB",
                        "  NAME STATE VERSION",
                        "* Ubuntu Running 2",
                        "Default Version: 2",
                        "Linux version ",
                        "-microsoft-standard",
                        "4.4.0-99999999999-Microsoft",
                        "{",
                        "}",
                        "[",
                        "]",
                        "\"State\": ",
                        "\"FeatureName\": \"VirtualMachinePlatform\"",
                        "\"TotalPhysicalMemory\": \"999999999999999999999\"",
                        ",",
                        ":",
                        "：",
                        "\n",
                        "\r\n",
                        "    ",
                        "\u0000",
                        "r161095",
                        "VMware Workstation ",
                        "build-1",
                        "PRETTY_NAME=",
                        "\"",
                        "--exec");
        return piece.list().ofMaxSize(40).map(parts -> String.join("", parts));
    }
}
