package dev.wsladvisor.probe;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs real programs: no shell, stdin closed, both outputs drained while waiting, killed with its
 * children on timeout.
 */
public final class ProcessCommandRunner implements CommandRunner {
    /**
     * Own daemon threads, not the common pool: on a two-core machine the common pool runs one task
     * at a time, so stderr would wait for stdout, and a reader stuck on a pipe a grandchild keeps
     * open must not block exit.
     */
    private static final ExecutorService READERS =
            Executors.newCachedThreadPool(
                    runnable -> {
                        Thread thread = new Thread(runnable, "probe-output-reader");
                        thread.setDaemon(true);
                        return thread;
                    });

    @Override
    public CommandResult run(
            List<String> command, Map<String, String> environment, Duration timeout) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        builder.redirectInput(ProcessBuilder.Redirect.PIPE);
        Process process;
        try {
            process = builder.start();
        } catch (IOException | SecurityException e) {
            return CommandResult.notFound(
                    command.get(0) + " could not be started: " + e.getMessage());
        }
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // The program may have exited already; its output still counts.
        }
        // Drained on other threads: a program that fills one pipe while we read the other would
        // hang.
        CompletableFuture<byte[]> out =
                CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()), READERS);
        CompletableFuture<byte[]> err =
                CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()), READERS);
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                return CommandResult.timedOut(
                        String.join(" ", command)
                                + " did not finish within "
                                + timeout.toSeconds()
                                + " s and was stopped");
            }
            return CommandResult.completed(
                    process.exitValue(),
                    out.get(5, TimeUnit.SECONDS),
                    err.get(5, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            return CommandResult.failed(String.join(" ", command) + " was interrupted");
        } catch (ExecutionException | TimeoutException e) {
            kill(process);
            return CommandResult.failed(
                    String.join(" ", command)
                            + ": its output could not be read ("
                            + e.getMessage()
                            + ")");
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            in.transferTo(buffer);
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
