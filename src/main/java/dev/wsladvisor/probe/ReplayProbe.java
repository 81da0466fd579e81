package dev.wsladvisor.probe;

import dev.wsladvisor.errors.UserInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * Reads outputs captured earlier from a folder (docs/probe.md lists the file names) through the same parsers
 * the live probes use. Every file is optional. A file that cannot be parsed gives a warning naming the file
 * and line; the others still count.
 */
public final class ReplayProbe {
    /** Files bigger than this are not command outputs; reading them could exhaust memory. */
    private static final long MAX_BYTES = 8L * 1024 * 1024;
    /** In the order they are read: sources that state a fact directly come before those that imply it. */
    private static final Map<String, BiConsumer<SourceText, ProbeResult>> FILES = new LinkedHashMap<>();

    static {
        FILES.put("cim-os.json", CimParser::parseOperatingSystem);
        FILES.put("cim-computersystem.json", CimParser::parseComputerSystem);
        FILES.put("cim-processor.json", CimParser::parseProcessor);
        FILES.put("wsl-version.txt", WslVersionParser::parse);
        FILES.put("ver.txt", VerParser::parse);
        FILES.put("wsl-list.txt", WslListParser::parse);
        FILES.put("wsl-status.txt", WslStatusParser::parse);
        FILES.put("systeminfo.txt", SysteminfoParser::parse);
        FILES.put("optional-features.json", OptionalFeaturesParser::parse);
        FILES.put("uname-r.txt", UnameParser::parse);
        FILES.put("proc-version.txt", ProcVersionParser::parse);
        FILES.put("os-release.txt", OsReleaseParser::parse);
        FILES.put("vboxmanage-version.txt", VBoxManageVersionParser::parse);
        FILES.put("vmware-version.txt", VmwareVersionParser::parse);
        FILES.put("wslconfig.txt", (source, out) -> out.note(source.whole() + " found: probe does not read .wslconfig; "
                + "check it with the .wslconfig commands of wsl-advisor."));
    }

    /** What a file would tell, and how to capture it: for the note about a file that is not in the folder. */
    private record Capture(String command, String where, List<String> facts) {
    }

    /**
     * The files whose absence leaves contract facts unknown (os-release.txt and wslconfig.txt fill none;
     * proc-version.txt only stands in for uname-r.txt). A note names each one missing whose facts no other file gave.
     */
    private static final Map<String, Capture> CAPTURES = new LinkedHashMap<>();

    static {
        CAPTURES.put("wsl-version.txt", new Capture("wsl --version > wsl-version.txt", "",
                List.of("host.wsl.installed", "host.wsl.packageVersion", "host.wsl.kernelVersion", "host.os.build", "host.os.revision")));
        CAPTURES.put("wsl-list.txt", new Capture("wsl -l -v > wsl-list.txt", "", List.of("host.wsl.distributions")));
        CAPTURES.put("wsl-status.txt", new Capture("wsl --status > wsl-status.txt", "", List.of("host.wsl.defaultVersion")));
        CAPTURES.put("systeminfo.txt", new Capture("systeminfo > systeminfo.txt", "", List.of("host.os.edition", "host.os.build",
                "host.os.architecture", "host.hardware.memoryMb", "host.hardware.isVirtualMachine",
                "host.hardware.hypervisorPresent", "host.hardware.virtualizationFirmwareEnabled", "host.hardware.slat")));
        CAPTURES.put("cim-os.json", new Capture("Get-CimInstance Win32_OperatingSystem | ConvertTo-Json > cim-os.json", " in PowerShell",
                List.of("host.os.edition", "host.os.build", "host.os.architecture")));
        CAPTURES.put("cim-computersystem.json", new Capture("Get-CimInstance Win32_ComputerSystem | ConvertTo-Json > cim-computersystem.json", " in PowerShell",
                List.of("host.hardware.memoryMb", "host.hardware.logicalProcessors", "host.hardware.hypervisorPresent",
                        "host.hardware.isVirtualMachine")));
        CAPTURES.put("cim-processor.json", new Capture("Get-CimInstance Win32_Processor | ConvertTo-Json > cim-processor.json", " in PowerShell",
                List.of("host.hardware.virtualizationFirmwareEnabled", "host.hardware.slat")));
        CAPTURES.put("optional-features.json", new Capture("Get-WindowsOptionalFeature -Online | Select FeatureName,State "
                + "| ConvertTo-Json > optional-features.json", " in an elevated PowerShell", List.of(
                "host.features.virtualMachinePlatform", "host.features.windowsSubsystemForLinux", "host.features.hyperV",
                "host.features.windowsHypervisorPlatform")));
        CAPTURES.put("uname-r.txt", new Capture("uname -r > uname-r.txt", " inside the distribution",
                List.of("host.wsl.kernelVersion")));
    }

    /** Products whose entry, absent, reads as "not installed" (facts contract): the note says so. */
    private static final Map<String, String[]> SOFTWARE = new LinkedHashMap<>();

    static {
        SOFTWARE.put("vboxmanage-version.txt", new String[] {"host.software.virtualBox", "VirtualBox", "VBoxManage --version > vboxmanage-version.txt"});
        SOFTWARE.put("vmware-version.txt", new String[] {"host.software.vmware", "VMware Workstation or Player",
            "vmware --version > vmware-version.txt"});
    }

    private final Path dir;

    /** The names of the captured outputs a replay reads, in the order it reads them. */
    public static List<String> fileNames() {
        return List.copyOf(FILES.keySet());
    }

    /**
     * Whether {@code file} is, or would be, one of the captured outputs a replay of {@code dir} reads: same folder
     * and a known name (case ignored, as on Windows), or the same file through a link. Writing there would replace
     * an input and make the next replay misread the folder.
     */
    public static boolean isInput(Path dir, Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        for (String known : FILES.keySet()) {
            Path input = dir.resolve(known);
            try {
                if (Files.exists(file) && Files.exists(input) && Files.isSameFile(file, input)) {
                    return true;
                }
            } catch (IOException e) {
                // Not comparable: fall back to the names below.
            }
            if (known.equalsIgnoreCase(name.toString()) && sameFolder(dir, file.toAbsolutePath().getParent())) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameFolder(Path a, Path b) {
        if (b == null) {
            return false;
        }
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    public ReplayProbe(Path dir) {
        this.dir = dir;
    }

    public void probe(ProbeResult out) {
        if (!Files.isDirectory(dir)) {
            throw new UserInputException("probe --replay: '" + dir + "' "
                    + (Files.exists(dir) ? "is a file, not a folder" : "does not exist")
                    + ". Give the folder that holds the captured outputs (wsl-version.txt, systeminfo.txt, ...; see docs/probe.md).");
        }
        int read = 0;
        for (Map.Entry<String, BiConsumer<SourceText, ProbeResult>> file : FILES.entrySet()) {
            Path path = dir.resolve(file.getKey());
            if (!Files.isRegularFile(path)) {
                continue;
            }
            byte[] bytes = readBytes(path, out);
            if (bytes != null) {
                OutputKind kind = OutputKind.ofReplayFile(file.getKey());
                if (kind == null) {
                    file.getValue().accept(SourceText.ofFile(file.getKey(), bytes), out);
                } else {
                    readFile(file.getKey(), kind, TextDecoder.decode(bytes), out);
                }
                read++;
            }
        }
        noteMissing(out);
        List<String> others = otherFiles();
        if (!others.isEmpty()) {
            out.note("Ignored files with names probe does not know: " + String.join(", ", others)
                    + " (expected names: " + String.join(", ", FILES.keySet()) + ").");
        }
        if (read == 0) {
            out.warn(dir + ": none of the known files is in this folder, so no facts were found (expected names: "
                    + String.join(", ", FILES.keySet()) + ")");
        }
    }

    /**
     * A file holds its command's output wherever it stands: below a prompt, between fences, twice, or beside the
     * output of another command. Each block recognised goes to its own parser (a later block of the file wins);
     * when none is recognised, the file's parser reads the whole text without its prompt lines and says what is wrong.
     */
    static void readFile(String name, OutputKind expected, String text, ProbeResult out) {
        List<PasteBlocks.Block> blocks = PasteBlocks.split(text);
        long recognised = blocks.stream().filter(b -> b.kind() != null).count();
        if (recognised == 0) {
            expected.parse(new SourceText(name, PasteBlocks.withoutPrompts(text), true), out);
            return;
        }
        int number = 0;
        for (PasteBlocks.Block block : blocks) {
            number++;
            String lines = "lines " + block.first() + "-" + block.last();
            if (block.kind() == null) {
                out.note(name + " " + lines + ": not the output of " + expected.command() + " ('"
                        + WslVersionParser.shorten(block.firstText()) + "'); skipped.");
                continue;
            }
            String label = recognised > 1 ? "block " + number + ", " + lines : null;
            out.beginBlock(name, label == null ? name : label);
            if (block.kind() != expected) {
                out.note(name + " " + lines + ": this is the output of " + block.kind().command() + ", not of " + expected.command()
                        + "; read as such" + (block.kind().replayFile() == null ? "." : " (its own file is " + block.kind().replayFile() + ")."));
            }
            block.kind().parse(SourceText.ofBlock(name, block.text(), block.first() - 1, label), out);
        }
        out.beginBlock(null);
    }

    /** One note per expected file not in the folder: the facts it would have filled that are still unknown, and the command. */
    private void noteMissing(ProbeResult out) {
        for (Map.Entry<String, Capture> file : CAPTURES.entrySet()) {
            String name = file.getKey();
            if (present(name) || (name.equals("uname-r.txt") && present("proc-version.txt"))) {
                continue;
            }
            List<String> unknown = file.getValue().facts().stream().filter(f -> !out.has(f)).toList();
            if (unknown.isEmpty()) {
                continue;
            }
            out.note(name + " not in the folder: " + String.join(", ", unknown) + (unknown.size() == 1 ? " stays" : " stay")
                    + " unknown; capture it with '" + file.getValue().command() + "'" + file.getValue().where() + ".");
        }
        for (Map.Entry<String, String[]> file : SOFTWARE.entrySet()) {
            String[] about = file.getValue();
            if (!present(file.getKey()) && !out.has(about[0])) {
                out.note(file.getKey() + " not in the folder: " + about[0] + " is absent, which the facts contract reads as not installed; "
                        + "if " + about[1] + " is installed, capture it with '" + about[2] + "'.");
            }
        }
    }

    private boolean present(String name) {
        return Files.isRegularFile(dir.resolve(name));
    }

    private byte[] readBytes(Path path, ProbeResult out) {
        try {
            if (Files.size(path) > MAX_BYTES) {
                out.warn(path.getFileName() + ": larger than 8 MB, so not a captured command output; skipped");
                return null;
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            out.warn(path.getFileName() + ": could not be read (" + e.getMessage() + ")");
            return null;
        }
    }

    private List<String> otherFiles() {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> !FILES.containsKey(n) && !n.startsWith(".") && !n.equalsIgnoreCase("SOURCES.md"))
                    .sorted()
                    .forEach(names::add);
        } catch (IOException e) {
            return names;
        }
        return names;
    }
}
