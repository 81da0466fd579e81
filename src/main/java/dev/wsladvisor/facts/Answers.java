package dev.wsladvisor.facts;

import java.util.List;

/** What only the person knows. Every field is null when not answered. */
public final class Answers extends FactSection {

    private final Boolean docker;
    private final String projectLocation;
    private final Boolean windowsFsHeavyIo;
    private final Boolean fileWatching;
    private final Boolean guiApps;
    private final Boolean gpuCompute;
    private final Boolean serialPort;
    private final Boolean usbDevices;
    private final Boolean systemd;
    private final Boolean kernelFeatures;
    private final Boolean vpn;
    private final Boolean lanAccess;
    private final Boolean memoryTight;
    private final Boolean fastStartup;
    private final Boolean otherHypervisorVms;
    private final Boolean windowsToolsOnSameFiles;
    private final List<String> errors;

    Answers(FactsDocument document, Builder b) {
        super(document);
        this.docker = b.docker;
        this.projectLocation = b.projectLocation;
        this.windowsFsHeavyIo = b.windowsFsHeavyIo;
        this.fileWatching = b.fileWatching;
        this.guiApps = b.guiApps;
        this.gpuCompute = b.gpuCompute;
        this.serialPort = b.serialPort;
        this.usbDevices = b.usbDevices;
        this.systemd = b.systemd;
        this.kernelFeatures = b.kernelFeatures;
        this.vpn = b.vpn;
        this.lanAccess = b.lanAccess;
        this.memoryTight = b.memoryTight;
        this.fastStartup = b.fastStartup;
        this.otherHypervisorVms = b.otherHypervisorVms;
        this.windowsToolsOnSameFiles = b.windowsToolsOnSameFiles;
        this.errors = b.errors;
    }

    /** Collects the answers field by field; the field names are the contract's. */
    static final class Builder {
        Boolean docker;
        String projectLocation;
        Boolean windowsFsHeavyIo;
        Boolean fileWatching;
        Boolean guiApps;
        Boolean gpuCompute;
        Boolean serialPort;
        Boolean usbDevices;
        Boolean systemd;
        Boolean kernelFeatures;
        Boolean vpn;
        Boolean lanAccess;
        Boolean memoryTight;
        Boolean fastStartup;
        Boolean otherHypervisorVms;
        Boolean windowsToolsOnSameFiles;
        List<String> errors;
    }

    public Boolean getDocker() {
        return docker;
    }

    /** linux, windows or both. */
    public String getProjectLocation() {
        return projectLocation;
    }

    /** Project files live (at least partly) on the Windows drives. */
    public boolean filesOnWindowsDrives() {
        return "windows".equals(projectLocation) || "both".equals(projectLocation);
    }

    public Boolean getWindowsFsHeavyIo() {
        return windowsFsHeavyIo;
    }

    public Boolean getFileWatching() {
        return fileWatching;
    }

    public Boolean getGuiApps() {
        return guiApps;
    }

    public Boolean getGpuCompute() {
        return gpuCompute;
    }

    public Boolean getSerialPort() {
        return serialPort;
    }

    public Boolean getUsbDevices() {
        return usbDevices;
    }

    public Boolean getSystemd() {
        return systemd;
    }

    public Boolean getKernelFeatures() {
        return kernelFeatures;
    }

    public Boolean getVpn() {
        return vpn;
    }

    public Boolean getLanAccess() {
        return lanAccess;
    }

    public Boolean getMemoryTight() {
        return memoryTight;
    }

    public Boolean getFastStartup() {
        return fastStartup;
    }

    public Boolean getOtherHypervisorVms() {
        return otherHypervisorVms;
    }

    public Boolean getWindowsToolsOnSameFiles() {
        return windowsToolsOnSameFiles;
    }

    /** Null when not answered. */
    public List<String> getErrors() {
        return errors;
    }
}
