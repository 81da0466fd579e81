package dev.wsladvisor.wslconfig;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class WslPackageVersionTest {

    @Test
    void comparesPartByPartWithMissingPartsAsZero() {
        assertThat(WslPackageVersion.compare("2.3.26.0", "2.3.26")).isZero();
        assertThat(WslPackageVersion.compare("2.3.26", "2.3.3")).isPositive();
        assertThat(WslPackageVersion.compare("0.67.6", "1.0.0")).isNegative();
        assertThat(WslPackageVersion.compare(" 2.0.9-preview ", "2.0.9")).isZero();
        assertThat(WslPackageVersion.compare("2..1", "2.0.1")).isZero();
    }

    /** The scanner agrees with the plain definition: split at dots, leading digits of each part (at most 9), else 0. */
    @Property
    void agreesWithSplittingAtDots(@ForAll @StringLength(max = 24) @CharRange(from = '-', to = '9') @CharRange(from = 'a', to = 'c') String a,
                                   @ForAll @StringLength(max = 24) @CharRange(from = '-', to = '9') @CharRange(from = 'a', to = 'c') String b) {
        assertThat(Integer.signum(WslPackageVersion.compare(a, b))).isEqualTo(Integer.signum(reference(a, b)));
    }

    private static int reference(String a, String b) {
        String[] x = a.trim().split("[.]");
        String[] y = b.trim().split("[.]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int p = i < x.length ? number(x[i]) : 0;
            int q = i < y.length ? number(y[i]) : 0;
            if (p != q) {
                return Integer.compare(p, q);
            }
        }
        return 0;
    }

    private static int number(String part) {
        String digits = part.replaceAll("[^0-9].*$", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits.length() > 9 ? digits.substring(0, 9) : digits);
    }
}
