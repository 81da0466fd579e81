package dev.wsladvisor.probe;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A shell prompt and the command typed after it, as people paste them above an output: {@code PS
 * C:\> wsl --version}, {@code C:\Windows\system32>wsl -l}, {@code user@host:~$ uname -r}, {@code $
 * wsl.exe --list}, or the bare command alone on its line. A prompt line is not output; it starts a
 * new block, and the command names the output below it.
 *
 * @param command what was typed, without the prompt ("" for a prompt alone)
 * @param kind the output the command prints, or null when probe does not read that command's output
 */
public record CommandLine(String command, OutputKind kind) {
    /**
     * PowerShell ({@code PS C:\Users\me>}), cmd ({@code C:\Windows\system32>}) and user@host
     * shells: unmistakable prompts.
     */
    private static final Pattern SURE_PROMPT =
            Pattern.compile(
                    "^(?:(?:\\[[^\\]\\n]{1,40}\\]\\s*)?PS(?: [^>\\n]{0,200})?>|[A-Za-z]:\\\\[^>\\n]{0,200}>|(?:\\([^)\\n]{1,40}\\)\\s*)?[\\w.-]{1,64}@[\\w.-]{1,64}(?::[^$#\\n]{0,200})?[$#])\\s?(.*)$");

    /**
     * Short prompts that also start markdown quotes or headings ({@code >}, {@code #}): taken only
     * before a known command.
     */
    private static final Pattern SHORT_PROMPT = Pattern.compile("^(?:[$#%>❯λ]|➜\\s+\\S+)\\s+(.*)$");

    private static final Pattern WSL =
            Pattern.compile("^(?:wsl|wsl\\.exe)(?:\\s+(.*))?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CIM =
            Pattern.compile(
                    "^(?:get-ciminstance|gcim|get-wmiobject|gwmi)\\b.*\\bwin32_(operatingsystem|computersystem|processor)\\b.*",
                    Pattern.CASE_INSENSITIVE);

    /** The prompt and command on {@code line}, or null when the line is not one. */
    public static CommandLine of(String line) {
        String l = unquote(line.strip());
        Matcher sure = SURE_PROMPT.matcher(l);
        if (sure.matches()) {
            String command = unquote(sure.group(1).strip());
            return new CommandLine(command, kindOf(command));
        }
        Matcher shortPrompt = SHORT_PROMPT.matcher(l);
        if (shortPrompt.matches()) {
            String command = unquote(shortPrompt.group(1).strip());
            return known(command) ? new CommandLine(command, kindOf(command)) : null;
        }
        return known(l) ? new CommandLine(l, kindOf(l)) : null;
    }

    /** Whether this line is only a prompt, with nothing typed after it. */
    public boolean promptOnly() {
        return command.isEmpty();
    }

    /** {@code `wsl --version`}: a command in inline code is still the command. */
    private static String unquote(String text) {
        return text.length() >= 2 && text.startsWith("`") && text.endsWith("`")
                ? text.substring(1, text.length() - 1).strip()
                : text;
    }

    /**
     * Commands probe knows by name, whether or not it reads their output ({@code wsl --shutdown} is
     * known, not read).
     */
    private static boolean known(String command) {
        if (kindOf(command) != null) {
            return true;
        }
        Matcher wsl = WSL.matcher(command);
        return wsl.matches() && (wsl.group(1) == null || wsl.group(1).startsWith("-"));
    }

    /** The output a command prints, from its name and options; null when probe does not read it. */
    static OutputKind kindOf(String command) {
        String c = command.strip();
        int pipe = c.indexOf('|');
        String head = (pipe < 0 ? c : c.substring(0, pipe)).strip();
        String lower = head.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher wsl = WSL.matcher(head);
        if (wsl.matches()) {
            return wslKind(wsl.group(1) == null ? "" : wsl.group(1).toLowerCase(Locale.ROOT));
        }
        if (lower.matches("(?:systeminfo|systeminfo\\.exe)(?: .*)?")) {
            return OutputKind.SYSTEMINFO;
        }
        if (lower.matches("uname -(?:r|a)|cat /proc/sys/kernel/osrelease")) {
            return OutputKind.UNAME;
        }
        if (lower.matches("(?:cat|more|type) /proc/version")) {
            return OutputKind.PROC_VERSION;
        }
        if (lower.matches("(?:cat|more) /etc/os-release")) {
            return OutputKind.OS_RELEASE;
        }
        if (lower.matches("(?:(?:cmd|cmd\\.exe) /c )?ver")) {
            return OutputKind.VER;
        }
        if (lower.startsWith("get-windowsoptionalfeature")) {
            return OutputKind.OPTIONAL_FEATURES;
        }
        Matcher cim = CIM.matcher(head);
        if (cim.matches()) {
            return switch (cim.group(1).toLowerCase(Locale.ROOT)) {
                case "operatingsystem" -> OutputKind.CIM_OS;
                case "computersystem" -> OutputKind.CIM_COMPUTER_SYSTEM;
                default -> OutputKind.CIM_PROCESSOR;
            };
        }
        if (lower.matches("(?:&\\s*)?['\"]?(?:.*[\\\\/])?vboxmanage(?:\\.exe)?['\"]? --version")) {
            return OutputKind.VBOXMANAGE;
        }
        if (lower.matches("(?:.*[\\\\/])?vmware(?:\\.exe)? (?:--version|-v)")) {
            return OutputKind.VMWARE;
        }
        return null;
    }

    /**
     * What {@code wsl <options>} prints: --version, --status, the lists, --update, or a command run
     * inside Linux.
     */
    private static OutputKind wslKind(String options) {
        String o = options.strip().replaceAll("\\s+", " ");
        if (o.equals("--version") || o.equals("-v")) {
            return OutputKind.WSL_VERSION;
        }
        if (o.matches("--status|--update --status")) {
            return OutputKind.WSL_STATUS;
        }
        if (o.matches("--update(?: --web-download| --pre-release)*")) {
            return OutputKind.WSL_UPDATE;
        }
        if (o.matches("(?:(?:-l|--list|-v|--verbose|--all)(?: |$))+")
                && o.matches(".*(?:-l|--list)\\b.*")) {
            return OutputKind.WSL_LIST;
        }
        // wsl [-d distro] [-e|--exec|--] uname -r: a Linux command run from Windows.
        String inside = o.replaceFirst("^(?:(?:-d|--distribution) \\S+ )?(?:-e |--exec |-- )?", "");
        return inside.equals(o) && o.startsWith("-") ? null : kindOf(inside);
    }
}
