package org.conductpolicy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Nothing of the Drools adapter is visible to a host but the one documented bridge. */
class PackagePrivacyTest {
    @Test
    void every_top_level_class_of_the_internal_package_but_the_bridge_is_package_private()
            throws IOException, URISyntaxException, ClassNotFoundException {
        Path compiled = Path.of(EngineFactory.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .resolve("org/conductpolicy/internal");
        List<String> topLevel;
        try (Stream<Path> files = Files.list(compiled)) {
            topLevel = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .filter(name -> !name.equals("package-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()))
                    .sorted()
                    .toList();
        }

        assertThat(topLevel).contains("RuleSets", "DroolsPolicyEngine", "EngineFactory");
        for (String name : topLevel) {
            Class<?> type = Class.forName("org.conductpolicy.internal." + name);
            assertThat(Modifier.isPublic(type.getModifiers()))
                    .as(name + " is public")
                    .isEqualTo(type == EngineFactory.class);
        }
    }
}
