package dev.wsladvisor.probe;

/** What one external command did. {@code stdout} is raw bytes: wsl.exe may write UTF-16LE. */
public record CommandResult(
        Status status, int exitCode, byte[] stdout, byte[] stderr, String problem) {
    public enum Status {
        COMPLETED,
        NOT_FOUND,
        TIMED_OUT,
        FAILED
    }

    public static CommandResult completed(int exitCode, byte[] stdout, byte[] stderr) {
        return new CommandResult(Status.COMPLETED, exitCode, stdout, stderr, null);
    }

    public static CommandResult notFound(String problem) {
        return new CommandResult(Status.NOT_FOUND, -1, new byte[0], new byte[0], problem);
    }

    public static CommandResult timedOut(String problem) {
        return new CommandResult(Status.TIMED_OUT, -1, new byte[0], new byte[0], problem);
    }

    public static CommandResult failed(String problem) {
        return new CommandResult(Status.FAILED, -1, new byte[0], new byte[0], problem);
    }

    public boolean completed() {
        return status == Status.COMPLETED;
    }
}
