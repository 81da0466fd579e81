/**
 * What the commands do, below {@code cli} and above the subjects ({@code facts}, {@code probe},
 * {@code rules}, {@code advice}, {@code wslconfig}, {@code batch}): read the facts from their
 * sources (a file, standard input, this PC, a replay folder, a paste) in one place, advise one
 * host, check, suggest and apply a {@code .wslconfig}, run a fleet. A command parses its options,
 * calls one of these services and prints what it returns. Nothing here imports {@code cli} or
 * picocli, prints to the person, or reads standard input, the environment or the operating system
 * itself: those come in as parameters ({@link dev.wsladvisor.usecase.Platform}, an {@code
 * InputStream}), so a test decides them.
 */
package dev.wsladvisor.usecase;
