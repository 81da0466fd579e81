package dev.wsladvisor.cli;

/**
 * A command that runs the rules, and which of them its parsed options need. Once picocli has parsed
 * the command line, start-up asks the command to run (StartupWarmup), so the knowledge base begun
 * at the start of the process is built with the rules the command then loads.
 */
interface RunsRules {

    /**
     * Whether the rules that check a .wslconfig's lines are needed: only a .wslconfig's lines can
     * make them fire.
     */
    boolean wslconfigLint();
}
