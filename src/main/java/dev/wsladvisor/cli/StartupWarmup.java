package dev.wsladvisor.cli;

import dev.wsladvisor.rules.RuleBase;
import java.util.UUID;
import org.kie.api.KieServices;

/**
 * Cold-start help for commands that run the rules: the precompiled knowledge base is built on a second core
 * while the main thread parses the command line and reads the facts (docs/performance.md). Nothing here
 * changes a result; it only moves work off the critical path.
 */
final class StartupWarmup {

    private StartupWarmup() {
    }

    static void start(String[] args) {
        boolean wslconfig = false;
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h") || arg.equals("--version") || arg.equals("-V")) {
                return;
            }
            wslconfig |= arg.equals("--wslconfig") || arg.startsWith("--wslconfig=");
        }
        String command = Main.subcommandName(args);
        if (command == null) {
            return;
        }
        switch (command) {
            // Without a .wslconfig, advise, ask and batch leave out the rules that check its lines (RuleOptions).
            case "advise", "ask", "batch" -> RuleBase.preload(wslconfig);
            case "rules" -> RuleBase.preload(true);
            default -> {
                return;
            }
        }
        // The loader thread needs both within its first milliseconds (Drools' model names each pattern with a
        // random UUID, and SecureRandom takes several ms to set up); this thread has time to spare before it
        // needs the rules, so it starts them here.
        UUID.randomUUID();
        KieServices.get();
    }
}
