package dev.wsladvisor.cli;

import dev.wsladvisor.rules.KnowledgeBasePreload;
import dev.wsladvisor.rules.RuleBase;
import java.util.UUID;
import org.kie.api.KieServices;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;

/**
 * Cold-start help for commands that run the rules (docs/performance.md): the precompiled knowledge
 * base is begun on a second core at the start of the process when the subcommand named may run the
 * rules (it or one of its subcommands is {@link RunsRules}), with the .wslconfig lint rules when
 * the arguments mention {@code --wslconfig}; meanwhile the main thread builds picocli's model,
 * parses and reads the facts. The parsed command then says which rules it needs, or that it needs
 * none: when the guess was wrong, the command's load builds its own. Nothing here changes a result;
 * it only moves work off the critical path.
 */
final class StartupWarmup {

    /** The knowledge base begun before the parse, or null. */
    private final KnowledgeBasePreload preload;

    private StartupWarmup(KnowledgeBasePreload preload) {
        this.preload = preload;
    }

    /**
     * At the top of main, with the subcommand the arguments name ({@code Main.namedSubcommand},
     * null for none) and whether they mention {@code --wslconfig}: begins the knowledge base that
     * command will most likely load, when it may run the rules.
     */
    static StartupWarmup begin(Class<?> named, boolean wslconfigMentioned) {
        if (named == null || !mayRunRules(named)) {
            return new StartupWarmup(null);
        }
        KnowledgeBasePreload preload =
                RuleBase.startPreload(guessesWslconfigLint(named, wslconfigMentioned));
        // The loader thread needs both within its first milliseconds (Drools' model names each
        // pattern with a random UUID, and SecureRandom takes several ms to set up); this thread has
        // time to spare before it needs the rules, so it starts them here.
        UUID.randomUUID();
        KieServices.get();
        return new StartupWarmup(preload);
    }

    /**
     * The guess the preload is begun on: a command that runs the rules itself (advise, ask, batch)
     * needs the .wslconfig lint rules when given a .wslconfig; the subcommands of a group (rules
     * list, check, test, coverage) show or test every rule. The parsed command has the last word.
     */
    static boolean guessesWslconfigLint(Class<?> named, boolean wslconfigMentioned) {
        return RunsRules.class.isAssignableFrom(named) ? wslconfigMentioned : true;
    }

    /** The command, or one of its subcommands, declares that it runs the rules. */
    static boolean mayRunRules(Class<?> command) {
        if (RunsRules.class.isAssignableFrom(command)) {
            return true;
        }
        CommandLine.Command declared = command.getAnnotation(CommandLine.Command.class);
        // A loop, not a stream: this runs before the rules are begun, where a lambda's set-up would
        // cost.
        for (Class<?> sub : declared == null ? new Class<?>[0] : declared.subcommands()) {
            if (mayRunRules(sub)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs the parsed command as {@code strategy} would, once the preload knows what the command
     * needs.
     */
    IExecutionStrategy before(IExecutionStrategy strategy) {
        return parsed -> {
            plan(parsed);
            return strategy.execute(parsed);
        };
    }

    /**
     * The command that will run decides: its rules, or none when it runs none or only prints its
     * help or version.
     */
    void plan(ParseResult parsed) {
        Rules needed = rulesNeeded(parsed);
        if (preload == null) {
            // Not begun before the parse (no subcommand named first, as with an @file): begun now
            // if needed.
            if (needed != Rules.NONE) {
                RuleBase.preload(needed == Rules.WITH_WSLCONFIG_LINT);
            }
            return;
        }
        switch (needed) {
            case WITH_WSLCONFIG_LINT -> preload.need(true);
            case WITHOUT_WSLCONFIG_LINT -> preload.need(false);
            default -> preload.needNone();
        }
    }

    /** Which rules a parsed command line will load. */
    enum Rules {
        NONE,
        WITHOUT_WSLCONFIG_LINT,
        WITH_WSLCONFIG_LINT
    }

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
        return ((RunsRules) command).wslconfigLint()
                ? Rules.WITH_WSLCONFIG_LINT
                : Rules.WITHOUT_WSLCONFIG_LINT;
    }
}
