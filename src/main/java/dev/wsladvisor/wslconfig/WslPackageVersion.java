package dev.wsladvisor.wslconfig;

/** Compares WSL package versions such as {@code 2.3.26.0} and {@code 2.7.0}, part by part, missing parts as 0. */
public final class WslPackageVersion {

    private WslPackageVersion() {
    }

    public static int compare(String a, String b) {
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
