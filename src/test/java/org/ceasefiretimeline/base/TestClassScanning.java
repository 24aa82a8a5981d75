package org.ceasefiretimeline.base;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Keeps Vaadin's start-up class scan out of the test-only libraries (Selenium and what it brings,
 * Jazzer, jqwik, ArchUnit, AssertJ, Mockito, Byte Buddy): none holds a route or a frontend
 * annotation, and scanning them made each test context and each instance the two-instance test
 * starts on the test class path wait seconds more. Registered in {@code META-INF/spring.factories}
 * of the test resources, like {@link PostgresTestDatabases}; what the application scans is
 * unchanged.
 */
public class TestClassScanning implements EnvironmentPostProcessor {

    static final String BLOCKED =
            "org/openqa,dev/failsafe,io/opentelemetry,com/google/common,com/code_intelligence,"
                    + "net/jqwik,com/tngtech,org/assertj,org/mockito,net/bytebuddy,org/apache/commons/csv";

    @Override
    public void postProcessEnvironment(
            ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("vaadin.blocked-packages")) {
            return;
        }
        environment
                .getPropertySources()
                .addLast(
                        new MapPropertySource(
                                "test-class-scanning", Map.of("vaadin.blocked-packages", BLOCKED)));
    }
}
