package dev.wsladvisor.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a paste into blocks, one per command output, as a person reading a support ticket would: a
 * prompt with a command ({@code PS C:\> wsl -l -v}) starts a block of that command's output; a
 * markdown fence starts or ends one; where no command line says what follows, paragraphs (text
 * between blank lines) are recognised by their structure and neighbouring paragraphs of the same
 * output are joined. Prompt and fence lines are not output and are left out. Line numbers stay
 * those of the paste.
 */
public final class PasteBlocks {
    private static final Pattern FENCE = Pattern.compile("^\\s*(?:```|~~~).*$");
    private static final Pattern MARKDOWN_LINK =
            Pattern.compile("\\[([^\\]\\n]{1,200})\\]\\((?:https?://|/)[^)\\s]{0,2000}\\)");

    /**
     * Longer lines are not output (JSON from ConvertTo-Json -Compress excepted: it is read whole,
     * not by pattern).
     */
    static final int MAX_LINE = 4096;

    /** A single backtick opening or closing a line: inline code that spans lines. */
    private static final Pattern INLINE_CODE_EDGE = Pattern.compile("^`(?!`)|(?<!`)`\\s*$");

    private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>\\s]{1,2000})>");

    /**
     * One block: lines {@code first}..{@code last} (1-based, of the paste), its text with prompt
     * and fence lines blanked so that line numbers hold, the command line above it (or null) and
     * what it was recognised as (or null).
     */
    public record Block(int first, int last, String text, CommandLine command, OutputKind kind) {
        /** The first line with text, for a message about a block that was not read. */
        public String firstText() {
            return text.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        }
    }

    private PasteBlocks() {}

    /**
     * The blocks of {@code text} (decoded, {@code \n} line ends), in order; blank stretches belong
     * to none.
     */
    public static List<Block> split(String text) {
        String[] lines = clean(text.split("\n", -1));
        List<Block> blocks = new ArrayList<>();
        List<Integer> segment = new ArrayList<>();
        CommandLine command = null;
        for (int i = 0; i < lines.length; i++) {
            if (command != null && segment.isEmpty() && lines[i].startsWith(">>")) {
                // PowerShell's continuation prompt: the command goes on, no output yet.
                continue;
            }
            CommandLine prompt =
                    FENCE.matcher(lines[i]).matches() ? null : CommandLine.of(lines[i]);
            if (FENCE.matcher(lines[i]).matches() || prompt != null) {
                segment(lines, segment, command, blocks);
                segment = new ArrayList<>();
                command = prompt == null || prompt.promptOnly() ? null : prompt;
                continue;
            }
            segment.add(i);
        }
        segment(lines, segment, command, blocks);
        return blocks;
    }

    /**
     * What the markdown of an issue or a web page did to the text, undone line by line (so line
     * numbers hold): links become their text, HTML escapes their character, bold markers and
     * inline-code backticks around a line go, and an italic underscore that opens a paragraph and
     * the one that closes it go too.
     */
    static String[] clean(String[] raw) {
        String[] lines = new String[raw.length];
        for (int i = 0; i < raw.length; i++) {
            if (raw[i].length() > MAX_LINE
                    && !raw[i].stripLeading().startsWith("{")
                    && !raw[i].stripLeading().startsWith("[")) {
                // No command output has such a line; reading it by pattern could cost time out of
                // all proportion.
                lines[i] = "";
                continue;
            }
            String l =
                    AUTOLINK.matcher(MARKDOWN_LINK.matcher(raw[i]).replaceAll("$1"))
                            .replaceAll("$1");
            l = l.replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&").replace("**", "");
            if (!l.strip().startsWith("```")) {
                l = INLINE_CODE_EDGE.matcher(l).replaceAll("");
            }
            lines[i] = l;
        }
        for (int start = 0; start < lines.length; start++) {
            if (!lines[start].startsWith("_") || lines[start].startsWith("__")) {
                continue;
            }
            // The closing underscore ends a line of the same paragraph (markdown italics do not
            // cross a blank line).
            for (int end = start; end < lines.length && !lines[end].isBlank(); end++) {
                String last = lines[end].stripTrailing();
                if (last.endsWith("_") && (end > start || last.length() > 1)) {
                    lines[start] = lines[start].substring(1);
                    last = lines[end].stripTrailing();
                    lines[end] = last.substring(0, last.length() - 1);
                    break;
                }
            }
        }
        return lines;
    }

    /**
     * {@code text} with its prompt, command and fence lines blanked: the output alone, line numbers
     * kept.
     */
    public static String withoutPrompts(String text) {
        String[] lines = clean(text.split("\n", -1));
        for (int i = 0; i < lines.length; i++) {
            if (FENCE.matcher(lines[i]).matches() || CommandLine.of(lines[i]) != null) {
                lines[i] = "";
            }
        }
        return String.join("\n", lines);
    }

    /** The blocks of one stretch between prompts and fences. */
    private static void segment(
            String[] lines, List<Integer> segment, CommandLine command, List<Block> blocks) {
        List<List<Integer>> paragraphs = paragraphs(lines, segment);
        List<Integer> open = new ArrayList<>();
        OutputKind openKind = null;
        boolean openRecognised = false;
        boolean first = true;
        for (List<Integer> paragraph : paragraphs) {
            List<String> text = paragraph.stream().map(i -> lines[i]).toList();
            OutputKind kind = OutputRecognizer.kindOf(text);
            if (first && command != null) {
                // The output right below a command is that command's, whatever it looks like (help
                // text, an error).
                open.addAll(paragraph);
                openKind = command.kind();
                openRecognised = true;
                first = false;
                continue;
            }
            first = false;
            boolean joins =
                    !open.isEmpty()
                            && (kind == openKind && (kind != null || !openRecognised)
                                    || kind == null
                                            && openRecognised
                                            && continues(openKind, text, command != null));
            if (joins) {
                open.addAll(paragraph);
                continue;
            }
            add(lines, open, openRecognised ? command(command, openKind) : null, openKind, blocks);
            open = new ArrayList<>(paragraph);
            openKind = kind;
            openRecognised = kind != null;
            if (kind != null) {
                command = null;
            }
        }
        add(lines, open, openRecognised ? command(command, openKind) : null, openKind, blocks);
    }

    private static CommandLine command(CommandLine command, OutputKind kind) {
        return command != null && command.kind() == kind ? command : null;
    }

    /**
     * Whether an unrecognised paragraph goes on with the block above it: anything below a command
     * line (until another output is recognised), and the kernel line the inbox {@code wsl --status}
     * printed after a blank line.
     */
    private static boolean continues(OutputKind kind, List<String> text, boolean underCommand) {
        if (underCommand) {
            return true;
        }
        return kind == OutputKind.WSL_STATUS
                && text.stream().filter(l -> !l.isBlank()).count() <= 2
                && text.stream()
                        .filter(l -> !l.isBlank())
                        .allMatch(l -> OutputRecognizer.VERSION_VALUE.matcher(l.strip()).matches());
    }

    private static void add(
            String[] lines,
            List<Integer> indexes,
            CommandLine command,
            OutputKind kind,
            List<Block> blocks) {
        if (indexes.isEmpty()) {
            return;
        }
        int from = indexes.get(0);
        int to = indexes.get(indexes.size() - 1);
        StringBuilder text = new StringBuilder();
        int next = 0;
        for (int i = from; i <= to; i++) {
            boolean mine = next < indexes.size() && indexes.get(next) == i;
            if (mine) {
                next++;
            }
            text.append(mine ? lines[i] : "").append(i < to ? "\n" : "");
        }
        blocks.add(new Block(from + 1, to + 1, text.toString(), command, kind));
    }

    /**
     * Paragraphs: non-blank lines between blank ones. A paste whose every line is followed by a
     * blank one (wsl.exe's CR CR LF read twice) is double-spaced: there, only two or more blank
     * lines in a row end a paragraph. The banner line {@code Microsoft Windows [Version ...]} is
     * always a paragraph of its own, with the copyright line under it.
     */
    private static List<List<Integer>> paragraphs(String[] lines, List<Integer> segment) {
        boolean doubleSpaced = doubleSpaced(lines, segment);
        List<List<Integer>> paragraphs = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        int blanks = 0;
        for (int index = 0; index < segment.size(); index++) {
            int i = segment.get(index);
            if (lines[i].isBlank()) {
                blanks++;
                continue;
            }
            boolean verLine = VerParser.isVerLine(lines[i].strip());
            boolean afterVer =
                    !current.isEmpty()
                            && VerParser.isVerLine(lines[current.get(current.size() - 1)].strip())
                            && !lines[i].strip().startsWith("(");
            if (!current.isEmpty() && (blanks >= (doubleSpaced ? 2 : 1) || verLine || afterVer)) {
                paragraphs.add(current);
                current = new ArrayList<>();
            }
            blanks = 0;
            current.add(i);
        }
        if (!current.isEmpty()) {
            paragraphs.add(current);
        }
        return paragraphs;
    }

    private static boolean doubleSpaced(String[] lines, List<Integer> segment) {
        int text = 0;
        for (int index = 0; index < segment.size(); index++) {
            int i = segment.get(index);
            if (lines[i].isBlank()) {
                continue;
            }
            text++;
            if (index + 1 < segment.size()
                    && segment.get(index + 1) == i + 1
                    && !lines[i + 1].isBlank()) {
                return false;
            }
        }
        return text >= 3;
    }
}
