package org.ceasefiretimeline.base;

/**
 * The fixed ports the tests' own servers may take on this shared machine (nginx and the two
 * instances behind it, a newsroom's host site), from the system property {@code
 * ceasefire.test.ports} ({@code FIRST-LAST}, set by the build from the Maven property of that name;
 * {@code .ci/run} takes it from {@code CEASEFIRE_TEST_PORTS}). Servers that need no fixed port use
 * port 0 instead.
 */
public final class TestPorts {

    public static final String PROPERTY = "ceasefire.test.ports";

    /** The range when nothing sets one (the pom's default). */
    private static final String DEFAULT = "18500-18599";

    private TestPorts() {}

    public static int first() {
        return bound(0);
    }

    public static int last() {
        return bound(1);
    }

    private static int bound(int which) {
        String range = System.getProperty(PROPERTY, "");
        if (range.isBlank()) {
            range = DEFAULT;
        }
        String[] parts = range.trim().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException(PROPERTY + " is not FIRST-LAST: " + range);
        }
        int first = Integer.parseInt(parts[0].trim());
        int last = Integer.parseInt(parts[1].trim());
        if (first < 1024 || last > 65535 || last - first < 15) {
            throw new IllegalArgumentException(
                    PROPERTY + " needs at least 16 ports from 1024 to 65535: " + range);
        }
        return which == 0 ? first : last;
    }
}
