package dev.wsladvisor.wslconfig;

import dev.wsladvisor.facts.Answers;
import dev.wsladvisor.facts.Distribution;
import dev.wsladvisor.facts.Hardware;
import dev.wsladvisor.facts.HostOs;
import dev.wsladvisor.facts.WslInstall;
import dev.wsladvisor.rules.Verdict;
import java.util.ArrayList;
import java.util.List;

/** Builds host fact objects for rule tests; the one place that knows how the fact beans are constructed. */
final class Hosts {

    private Hosts() {
    }

    static HostOs os(Integer build, String arch) {
        return new HostOs().setBuild(build).setArchitecture(arch);
    }

    static Hardware hardware(Integer memoryMb, Integer logicalProcessors) {
        return new Hardware().setMemoryMb(memoryMb).setLogicalProcessors(logicalProcessors);
    }

    static WslInstall wsl(String packageVersion, Integer... distributionVersions) {
        List<Distribution> list = new ArrayList<>();
        for (Integer v : distributionVersions) {
            list.add(new Distribution().setName("d" + list.size()).setVersion(v));
        }
        return new WslInstall().setPackageVersion(packageVersion).setDistributions(list);
    }

    static Answers answers() {
        return new Answers();
    }

    static Verdict verdict(String recommendation) {
        return new Verdict().setRecommendation(recommendation);
    }
}
