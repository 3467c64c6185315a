package io.salesplan.infra;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * With {@code -Dsalesplan.tests=unit} (the {@code unit} Maven profile), keeps only the tests that need
 * no application: every {@code @QuarkusTest} class is left out, so no PostgreSQL or Kafka starts and
 * the pure tests of calculators and rules run in seconds. Without the property it keeps everything.
 * Registered with the JUnit Platform through {@code META-INF/services}.
 */
public class UnitTestsOnly implements PostDiscoveryFilter {

    private static final String QUARKUS_TEST = "io.quarkus.test.junit.QuarkusTest";

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        if (!"unit".equals(System.getProperty("salesplan.tests"))) {
            return FilterResult.included("all tests run");
        }
        for (TestDescriptor node = descriptor; node != null; node = node.getParent().orElse(null)) {
            if (node.getSource().orElse(null) instanceof ClassSource source && needsTheApplication(source)) {
                return FilterResult.excluded("a @QuarkusTest: left out of the unit tests");
            }
        }
        return FilterResult.included("needs no application");
    }

    private static boolean needsTheApplication(ClassSource source) {
        for (Class<?> type = source.getJavaClass(); type != null; type = type.getSuperclass()) {
            if (Arrays.stream(type.getAnnotations()).map(Annotation::annotationType)
                    .anyMatch(annotation -> annotation.getName().equals(QUARKUS_TEST))) {
                return true;
            }
        }
        return false;
    }
}
