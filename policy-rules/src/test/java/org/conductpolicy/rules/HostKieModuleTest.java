package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conductpolicy.rules.Facts.breach;
import static org.conductpolicy.rules.Facts.member;
import static org.conductpolicy.rules.Facts.page;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.PolicyEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieServices;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;

/**
 * The library's rules stay the library's: a host with Drools rules of its own, found through its own
 * {@code kmodule.xml}, sees only its own KieBase in its classpath container, and never compiles ours.
 */
class HostKieModuleTest {
    @TempDir
    Path host;

    @Test
    void aHostsClasspathContainerListsOnlyTheHostsKieBaseAndTheEngineStillDecides() throws IOException {
        // Given a host's kmodule.xml and one trivial rule of its own, on a classpath that also holds policy-rules
        Files.createDirectories(host.resolve("META-INF"));
        Files.writeString(
                host.resolve("META-INF/kmodule.xml"),
                "<kmodule xmlns=\"http://www.drools.org/xsd/kmodule\">"
                        + "<kbase name=\"host-rules\" packages=\"org.example.host\"/></kmodule>");
        Files.createDirectories(host.resolve("org/example/host"));
        Files.writeString(
                host.resolve("org/example/host/host.drl"),
                "package org.example.host;\nrule \"A host's rule\" when String() then end\n");

        try (URLClassLoader hostClasspath =
                new URLClassLoader(new URL[] {host.toUri().toURL()}, getClass().getClassLoader())) {
            // When the host asks its Drools for its classpath container and verifies it
            KieContainer container = KieServices.get().newKieClasspathContainer(hostClasspath);

            // Then it finds the host's KieBase only, which compiles and fires as the host wrote it
            assertThat(container.getKieBaseNames()).containsExactly("host-rules");
            assertThat(container.verify().getMessages(Message.Level.ERROR)).isEmpty();
            KieSession session = container.getKieBase("host-rules").newKieSession();
            session.insert("a fact");
            assertThat(session.fireAllRules()).isEqualTo(1);
            session.dispose();
        }

        // And the library's engine, built beside it, still decides with the built-in rules
        PolicyEngine engine = PolicyEngine.withDefaultRules();
        assertThat(engine.decide(
                                Rules.day("2025-01-11"),
                                List.of(
                                        member("alex"),
                                        page("clp-page"),
                                        breach("i1", "alex", "clp-page", "2025-01-10")))
                        .actions())
                .extracting(action -> action.type())
                .contains(ActionType.WARN);
    }
}
