package dev.wsladvisor.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = WslAdvisorCommand.class.getPackage().getImplementationVersion();
        return new String[] {"wsl-advisor " + (v == null ? "(development build)" : v)};
    }
}
