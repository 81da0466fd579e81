package dev.wsladvisor.support;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Says which Java a test run uses, once per test JVM: the build runs the suite on Java 17 and,
 * where it is installed, on Java 25 (pom.xml, profile java25). Registered in META-INF/services.
 */
public final class TestJavaBanner implements TestExecutionListener {

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        System.out.println(
                "[INFO] Tests run on Java "
                        + Runtime.version()
                        + " ("
                        + System.getProperty("java.home")
                        + ")");
    }
}
