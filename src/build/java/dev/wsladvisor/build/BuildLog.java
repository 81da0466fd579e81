package dev.wsladvisor.build;

/**
 * What a build step did, shown only with {@code -Dwsladvisor.build.verbose=true}: the steps are
 * silent on success, as everything is under {@code mvn -q}.
 */
final class BuildLog {

    private BuildLog() {}

    static void verbose(String message) {
        if (Boolean.getBoolean("wsladvisor.build.verbose")) {
            System.out.println(message);
        }
    }
}
