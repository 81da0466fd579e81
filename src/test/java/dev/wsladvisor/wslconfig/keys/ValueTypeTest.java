package dev.wsladvisor.wslconfig.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.wslconfig.text.CNumbers;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueTypeTest {

    private static KeySpec spec(String name) {
        return KeyCatalog.builtIn().find(ConfigDialect.WSLCONFIG, name).orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({
        "8GB,8589934592",
        "8G,8589934592",
        "8192MB,8589934592",
        "0,0",
        "0GB,0",
        "512,512",
        "1T,1099511627776",
        "2KB,2048",
        "' 4GB',4294967296",
        "+1G,1073741824"
    })
    void sizesWslAccepts(String text, long bytes) {
        assertThat(SizeValue.parse(text)).contains(bytes);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"8gb", "4 GB", "1.5GB", "50%", "00", "8GiB", "GB", "", "-0", "8GBB", "0x10"})
    void lowerCaseUnitsSpacesDecimalsAndPercentAreRejectedLikeWsl(String text) {
        assertThat(SizeValue.parse(text)).isEmpty();
    }

    @Test
    void rejectedSizesNameWhatWasMeant() {
        assertThat(SizeValue.likelyMeant("8gb")).contains("8GB");
        assertThat(SizeValue.likelyMeant("1.5GB")).contains("1536MB");
        assertThat(SizeValue.likelyMeant("50%")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"true,true", "TRUE,true", "1,true", "False,false", "0,false"})
    void booleansTakeTrueFalseInAnyCaseAndOneZero(String text, boolean value) {
        assertThat(
                        ValueType.BOOL
                                .check(text, spec("wsl2.guiApplications"), ConfigDialect.WSLCONFIG)
                                .parsed())
                .isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "on", "t", "enabled", ""})
    void otherBooleanSpellingsAreRejected(String text) {
        assertThat(
                        ValueType.BOOL
                                .check(text, spec("wsl2.guiApplications"), ConfigDialect.WSLCONFIG)
                                .valid())
                .isFalse();
    }

    @ParameterizedTest
    @CsvSource({"4,4", "0x10,16", "010,8", "-1,-1", "' 7',7"})
    void integersFollowStrtolBaseZero(String text, int value) {
        assertThat(
                        ValueType.INT
                                .check(text, spec("wsl2.processors"), ConfigDialect.WSLCONFIG)
                                .parsed())
                .isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"08", "4 cores", "1e3", "0x", ""})
    void integersWithJunkAreRejected(String text) {
        assertThat(
                        ValueType.INT
                                .check(text, spec("wsl2.processors"), ConfigDialect.WSLCONFIG)
                                .valid())
                .isFalse();
    }

    @Test
    void anIntegerBeyond32BitsSaturatesOnWindowsButFailsOnLinux() {
        assertThat(CNumbers.parseInt("99999999999", true)).hasValue(Integer.MAX_VALUE);
        assertThat(CNumbers.parseInt("99999999999", false)).isEmpty();
    }

    @Test
    void enumsAreCaseInsensitiveAndVirtioProxyIsStillAccepted() {
        KeySpec mode = spec("wsl2.networkingMode");
        assertThat(ValueType.ENUM.check("MIRRORED", mode, ConfigDialect.WSLCONFIG).parsed())
                .isEqualTo("Mirrored");
        assertThat(ValueType.ENUM.check("virtioproxy", mode, ConfigDialect.WSLCONFIG).valid())
                .isTrue();
        assertThat(ValueType.ENUM.check("bridge", mode, ConfigDialect.WSLCONFIG).error())
                .contains("valid values");
    }

    @Test
    void legacyExperimentalNetworkingModeIsTheSameKey() {
        assertThat(
                        KeyCatalog.builtIn()
                                .find(ConfigDialect.WSLCONFIG, "Experimental.NetworkingMode"))
                .map(KeySpec::fullName)
                .contains("wsl2.networkingMode");
    }

    @Test
    void portsAndAddressesAreCheckedLikeWsl() {
        assertThat(
                        ValueType.PORTS
                                .check(
                                        "3000,9000",
                                        spec("experimental.ignoredPorts"),
                                        ConfigDialect.WSLCONFIG)
                                .valid())
                .isTrue();
        assertThat(
                        ValueType.PORTS
                                .check(
                                        "3000,70000",
                                        spec("experimental.ignoredPorts"),
                                        ConfigDialect.WSLCONFIG)
                                .valid())
                .isFalse();
        assertThat(
                        ValueType.IPV4
                                .check(
                                        "1.2.3",
                                        spec("experimental.dnsTunnelingIpAddress"),
                                        ConfigDialect.WSLCONFIG)
                                .valid())
                .isFalse();
    }
}
