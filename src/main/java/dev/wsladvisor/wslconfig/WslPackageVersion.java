package dev.wsladvisor.wslconfig;

/** Compares WSL package versions such as {@code 2.3.26.0} and {@code 2.7.0}, part by part, missing parts as 0. */
public final class WslPackageVersion {

    private WslPackageVersion() {
    }

    /** Without regular expressions or splitting: the rules compare versions for every host of a fleet. */
    public static int compare(String a, String b) {
        String x = a.trim();
        String y = b.trim();
        int i = 0;
        int j = 0;
        while (i < x.length() || j < y.length()) {
            int p = number(x, i);
            int q = number(y, j);
            if (p != q) {
                return Integer.compare(p, q);
            }
            i = nextPart(x, i);
            j = nextPart(y, j);
        }
        return 0;
    }

    /** The leading digits of the part starting at {@code from} (at most 9 of them), 0 when it has none. */
    private static int number(String s, int from) {
        int n = 0;
        for (int k = from; k < s.length() && k < from + 9; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                break;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static int nextPart(String s, int from) {
        int dot = s.indexOf('.', from);
        return dot < 0 ? s.length() : dot + 1;
    }
}
