package dev.wsladvisor.probe;

import java.util.Locale;

/**
 * What a machine's maker and model (systeminfo, Win32_ComputerSystem) say about Windows running in
 * a virtual machine. These are the strings hypervisors put in the firmware tables; a maker that
 * matches none of them is taken as real hardware.
 */
final class VmHost {
    private VmHost() {}

    /**
     * The contract's {@code vmHost} word, or {@code null} when maker and model name no known
     * hypervisor.
     */
    static String of(String manufacturer, String model) {
        String maker = manufacturer == null ? "" : manufacturer.toLowerCase(Locale.ROOT);
        String product = model == null ? "" : model.toLowerCase(Locale.ROOT);
        if (maker.contains("microsoft corporation") && product.contains("virtual machine")) {
            return "hyper-v";
        }
        if (maker.contains("vmware") || product.contains("vmware")) {
            return "vmware";
        }
        if (maker.contains("innotek") || product.contains("virtualbox")) {
            return "virtualbox";
        }
        if (maker.contains("parallels") || product.contains("parallels")) {
            return "parallels";
        }
        if (maker.contains("amazon ec2")) {
            return "aws";
        }
        if (maker.equals("google") || product.contains("google compute engine")) {
            return "gcp";
        }
        if (maker.contains("qemu") || product.contains("qemu")) {
            return "qemu";
        }
        if (product.contains("kvm") || maker.contains("red hat")) {
            return "kvm";
        }
        if (maker.contains("xen") || product.contains("hvm domu")) {
            return "xen";
        }
        return null;
    }

    static void fill(String manufacturer, String model, String source, ProbeResult out) {
        String host = of(manufacturer, model);
        out.fill("host.hardware.isVirtualMachine", host != null, source);
        if (host != null) {
            out.fill("host.hardware.vmHost", host, source);
            if (host.equals("hyper-v")) {
                out.note(
                        "Windows runs in a Hyper-V virtual machine; Azure VMs report the same maker and model, so it may be Azure.");
            }
        }
    }
}
