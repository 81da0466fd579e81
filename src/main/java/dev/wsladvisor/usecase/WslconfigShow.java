package dev.wsladvisor.usecase;

import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.facts.Hardware;
import dev.wsladvisor.facts.HostOs;
import dev.wsladvisor.text.Visible;
import dev.wsladvisor.wslconfig.keys.KeyCatalog;
import dev.wsladvisor.wslconfig.parse.WslConfigFiles;
import dev.wsladvisor.wslconfig.show.EffectiveConfig;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code wslconfig show}: what WSL will really use from each file, with the defaults it works out
 * for this PC.
 */
public final class WslconfigShow {

    private WslconfigShow() {}

    /**
     * The dialect every file is read as ({@code --dialect}), or null to tell by each file's name;
     * refused before anything is read, as is standard input named twice.
     */
    public static ConfigDialect forcedDialect(String dialect, List<Path> files) {
        ConfigDialect forced = dialect == null ? null : dialect(dialect);
        if (files.stream().filter(WslConfigFiles::isStdin).count() > 1) {
            throw new UserInputException(
                    "standard input (-) can be read only once; pass it as one FILE");
        }
        return forced;
    }

    /**
     * Each file (or '-' for {@code stdin}) read as {@code forced} (null: by its name: wsl.conf,
     * else .wslconfig), with the per-PC defaults computed from {@code hostFacts}.
     */
    public static List<EffectiveConfig> show(
            List<Path> files, ConfigDialect forced, List<Object> hostFacts, InputStream stdin) {
        EffectiveConfig.Host host = host(hostFacts);
        List<EffectiveConfig> shown = new ArrayList<>();
        for (Path p : files) {
            boolean fromStdin = WslConfigFiles.isStdin(p);
            ConfigDialect d =
                    forced != null
                            ? forced
                            : !fromStdin
                                            && p.getFileName() != null
                                            && p.getFileName().toString().equals("wsl.conf")
                                    ? ConfigDialect.WSL_CONF
                                    : ConfigDialect.WSLCONFIG;
            String name = fromStdin ? WslConfigFiles.STDIN : p.toString();
            shown.add(
                    EffectiveConfig.of(
                            name, WslConfigFiles.parse(p, stdin, d), KeyCatalog.builtIn(), host));
        }
        return shown;
    }

    static ConfigDialect dialect(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "wslconfig", ".wslconfig" -> ConfigDialect.WSLCONFIG;
            case "wsl.conf", "wslconf" -> ConfigDialect.WSL_CONF;
            default ->
                    throw new UserInputException(
                            "--dialect "
                                    + Visible.escape(name)
                                    + ": not a dialect; use --dialect wslconfig (the Windows .wslconfig) or --dialect wsl.conf"
                                    + " (a distribution's /etc/wsl.conf)");
        };
    }

    static EffectiveConfig.Host host(List<Object> facts) {
        Integer memoryMb = null;
        Integer processors = null;
        Integer build = null;
        String architecture = null;
        for (Object f : facts) {
            if (f instanceof Hardware h) {
                memoryMb = h.getMemoryMb();
                processors = h.getLogicalProcessors();
            } else if (f instanceof HostOs os) {
                build = os.getBuild();
                architecture = os.getArchitecture();
            }
        }
        return new EffectiveConfig.Host(memoryMb, processors, build, architecture);
    }
}
