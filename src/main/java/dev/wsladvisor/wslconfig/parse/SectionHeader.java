package dev.wsladvisor.wslconfig.parse;

/** A {@code [name]} line WSL accepted. Later keys are named {@code name.key}. */
public record SectionHeader(int line, String name) {}
