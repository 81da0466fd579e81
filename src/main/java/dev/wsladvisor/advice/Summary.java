package dev.wsladvisor.advice;

import dev.wsladvisor.rules.Blocker;
import dev.wsladvisor.rules.WslVersion;
import java.util.ArrayList;
import java.util.List;

/** The one sentence a person can act on. */
final class Summary {

    private Summary() {}

    static String of(
            Decision decision,
            List<Blocker> inTheWay,
            List<Blocker> all,
            boolean readinessUnknown) {
        WslVersion rec = decision.recommendation();
        if (decision.neverWsl1() && decision.neverWsl2()) {
            Blocker first =
                    inTheWay.stream()
                            .filter(Blocker::isPermanent)
                            .findFirst()
                            .orElse(inTheWay.get(0));
            return "WSL cannot run on this PC: " + stripDot(first.getMessage()) + ".";
        }
        StringBuilder s = new StringBuilder("Use ").append(rec.name());
        List<String> actions = new ArrayList<>();
        for (Blocker b : inTheWay) {
            String action =
                    b.getAction() != null ? b.getAction() : "fix this: " + stripDot(b.getMessage());
            // Two needs may wait for the same update: say it once.
            if (!b.isPermanent() && !actions.contains(action)) {
                actions.add(action);
            }
        }
        if (!actions.isEmpty()) {
            s.append(", after you ").append(join(actions));
        } else if (rec == WslVersion.WSL1 && decision.neverWsl2()) {
            Blocker why =
                    all.stream()
                            .filter(b -> b.isPermanent() && b.blocks(WslVersion.WSL2))
                            .findFirst()
                            .orElseThrow();
            s.append(": WSL2 cannot run on this PC (")
                    .append(stripDot(why.getMessage()))
                    .append(")");
        }
        s.append('.');
        WslVersion other = rec == WslVersion.WSL1 ? WslVersion.WSL2 : WslVersion.WSL1;
        boolean otherNeverRuns =
                other == WslVersion.WSL2 ? decision.neverWsl2() : decision.neverWsl1();
        if (readinessUnknown) {
            s.append(
                    " Whether this PC is ready for it is not known: no host facts were given (run `wsl-advisor probe` on it).");
        }
        if (decision.needUnmet() && otherNeverRuns) {
            s.append(" What you need ")
                    .append(other.name())
                    .append(
                            " for cannot be met on this PC; see the warnings for what works elsewhere.");
        } else if (decision.needUnmet()) {
            s.append(" One of your needs cannot be met by ")
                    .append(rec.name())
                    .append("; see the warnings for the workaround.");
        } else if (decision.unmetNeeds()) {
            s.append(" Some of what you said favours ")
                    .append(other.name())
                    .append("; see the warnings for how ")
                    .append(rec.name())
                    .append(" copes with it.");
        }
        return s.toString();
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1))
                + " and "
                + parts.get(parts.size() - 1);
    }

    private static String stripDot(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
