package org.conductpolicy.io;

/**
 * Whether the host brought Jackson, which policy-core depends on only optionally: deciding never needs
 * it, reading and writing case files and decisions does. Without it, this package says what to add
 * instead of failing with a {@link NoClassDefFoundError}.
 */
final class Jackson {
    private static final boolean PRESENT = present();

    private Jackson() {}

    private static boolean present() {
        try {
            Class.forName("com.fasterxml.jackson.dataformat.yaml.YAMLFactory", false, Jackson.class.getClassLoader());
            Class.forName("com.fasterxml.jackson.databind.ObjectMapper", false, Jackson.class.getClassLoader());
            // Brought by jackson-dataformat-yaml; PlainYaml reads its events.
            Class.forName("org.yaml.snakeyaml.Yaml", false, Jackson.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }

    /**
     * @throws IllegalStateException when Jackson is not on the classpath, naming what to add
     */
    static void require() {
        if (!PRESENT) {
            throw new IllegalStateException("reading and writing case files and decisions needs Jackson:"
                    + " add com.fasterxml.jackson.dataformat:jackson-dataformat-yaml, version 2.12 or later,"
                    + " to the application's dependencies (deciding does not need it)");
        }
    }
}
