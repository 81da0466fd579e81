package dev.wsladvisor.cli;

import dev.wsladvisor.rules.KnowledgeBasePreload;
import dev.wsladvisor.rules.RuleBase;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;

/**
 * Cold-start help for commands that run the rules (docs/performance.md): the precompiled knowledge base is begun
 * on a second core at the start of the process, before the command line is read, and the parsed command then
 * says which rules it needs ({@link RunsRules}), or that it needs none; meanwhile the main thread builds picocli's
 * model, parses and reads the facts. Nothing here changes a result; it only moves work off the critical path.
 */
final class StartupWarmup {

    private final KnowledgeBasePreload preload;

    private StartupWarmup(KnowledgeBasePreload preload) {
        this.preload = preload;
    }

    /** At the top of main: the part every command that runs the rules needs, the advice rules' model. */
    static StartupWarmup start() {
        return new StartupWarmup(RuleBase.startPreload());
    }

    /** Runs the parsed command as {@code strategy} would, once the preload knows what the command needs. */
    IExecutionStrategy before(IExecutionStrategy strategy) {
        return parsed -> {
            plan(parsed);
            return strategy.execute(parsed);
        };
    }

    /** The command that will run decides: its rules, or none when it runs none or only prints its help or version. */
    void plan(ParseResult parsed) {
        switch (rulesNeeded(parsed)) {
            case WITH_WSLCONFIG_LINT -> preload.need(true);
            case WITHOUT_WSLCONFIG_LINT -> preload.need(false);
            default -> preload.needNone();
        }
    }

    /** Which rules a parsed command line will load. */
    enum Rules { NONE, WITHOUT_WSLCONFIG_LINT, WITH_WSLCONFIG_LINT }

    static Rules rulesNeeded(ParseResult parsed) {
        ParseResult last = parsed;
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.isUsageHelpRequested() || p.isVersionHelpRequested()) {
                return Rules.NONE;
            }
            last = p;
        }
        Object command = last.commandSpec().userObject();
        if (!(command instanceof RunsRules)) {
            return Rules.NONE;
        }
        return ((RunsRules) command).wslconfigLint() ? Rules.WITH_WSLCONFIG_LINT : Rules.WITHOUT_WSLCONFIG_LINT;
    }
}
