package org.conductpolicy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.ReloadablePolicyEngine;
import org.conductpolicy.api.RuleCheck;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Incident;
import org.conductpolicy.api.fact.Owner;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.PlatformKind;
import org.conductpolicy.api.fact.Standing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A host swaps edited rules into a running engine: checked first, and only clean rules are swapped in. */
class ReloadingEngineTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 2);
    private static final List<Fact> ONE_INCIDENT = List.of(
            new Person("alex", Standing.MEMBER),
            new Platform("page", PlatformKind.FACEBOOK_PAGE, Owner.CLP),
            Incident.consulted("i1", "alex", "page", AS_OF, "derogatory-description"));

    @TempDir
    Path folders;

    /** A rule folder whose one rule proposes {@code type} for every incident. */
    private Path folder(String name, String type) throws IOException {
        return folderWith(name, """
                package test.rules;
                import org.conductpolicy.api.ActionType;
                import org.conductpolicy.api.fact.Incident;
                import org.conductpolicy.vocabulary.Proposal;

                rule "Every incident is answered"
                    @clause("CoC-7")
                when
                    $i : Incident()
                then
                    insertLogical(Proposal.of(ActionType.%s).person($i.person()).incident($i.id()).because("why"));
                end
                """.formatted(type));
    }

    private Path folderWith(String name, String drl) throws IOException {
        Path folder = Files.createDirectories(folders.resolve(name));
        Files.writeString(folder.resolve("parameters.properties"), TestParameters.COMPLETE);
        Files.writeString(folder.resolve("clauses.properties"), "CoC-7 = ...\n");
        Files.writeString(folder.resolve("conduct.properties"), "derogatory-description = advisory CoC-7\n");
        Files.writeString(folder.resolve("rules.drl"), drl);
        return folder;
    }

    private static List<ActionType> types(Decision decision) {
        return decision.actions().stream().map(Action::type).toList();
    }

    @Test
    void aGoodFolderChangesTheNextDecisionsAndTheirRulesVersion() throws IOException {
        // given an engine deciding with rules that advise
        ReloadablePolicyEngine engine = PolicyEngine.reloadable(RuleSets.fromFolder(folder("advise", "ADVISE")));
        Decision before = engine.decide(AS_OF, ONE_INCIDENT);

        // when a folder whose rule consults the admins instead is reloaded
        RuleCheck found = engine.reload(folder("consult", "CONSULT_ADMINS"));

        // then the check is clean, and the next decision is the new rules', with their version
        assertThat(found.problems()).isEmpty();
        Decision after = engine.decide(AS_OF, ONE_INCIDENT);
        assertThat(types(before)).containsExactly(ActionType.ADVISE);
        assertThat(types(after)).containsExactly(ActionType.CONSULT_ADMINS);
        assertThat(after.rulesVersion())
                .isEqualTo(found.rulesVersion())
                .isEqualTo(engine.rulesVersion())
                .isNotEqualTo(before.rulesVersion());
    }

    @Test
    void aBadFolderKeepsTheOldRulesAndReturnsItsProblems() throws IOException {
        // given an engine deciding with rules that advise
        ReloadablePolicyEngine engine = PolicyEngine.reloadable(RuleSets.fromFolder(folder("advise", "ADVISE")));
        Decision before = engine.decide(AS_OF, ONE_INCIDENT);

        // when a folder whose rule does not compile is reloaded
        RuleCheck found = engine.reload(folderWith("broken", """
                package test.rules;
                import org.conductpolicy.api.fact.Incident;

                rule "A rule that names a field no incident has"
                    @clause("CoC-7")
                when
                    Incident( colour == "red" )
                then
                end
                """));

        // then its problem is returned at its file and line, and the old rules go on deciding
        assertThat(found.isClean()).isFalse();
        assertThat(found.problems())
                .anySatisfy(problem -> assertThat(problem.file()).endsWith("rules.drl"));
        Decision after = engine.decide(AS_OF, ONE_INCIDENT);
        assertThat(after).isEqualTo(before);
        assertThat(after.rulesVersion()).isEqualTo(before.rulesVersion()).isEqualTo(engine.rulesVersion());
    }

    @Test
    void aFolderWithASilentMistakeIsNotSwappedIn() throws IOException {
        // given an engine deciding with rules that advise
        ReloadablePolicyEngine engine = PolicyEngine.reloadable(RuleSets.fromFolder(folder("advise", "ADVISE")));
        String before = engine.rulesVersion();

        // when a folder that would load, but whose rule names a conduct kind its table does not list, is reloaded
        RuleCheck found = engine.reload(folderWith("silent", """
                package test.rules;
                import org.conductpolicy.api.ActionType;
                import org.conductpolicy.api.fact.Incident;
                import org.conductpolicy.vocabulary.Proposal;

                rule "Trolling is advised on"
                    @clause("CoC-7")
                when
                    $i : Incident( conduct == "trolling" )
                then
                    insertLogical(Proposal.of(ActionType.ADVISE).person($i.person()).incident($i.id()).because("why"));
                end
                """));

        // then the check names the mistake and the rules stay as they were
        assertThat(found.isClean()).isFalse();
        assertThat(engine.rulesVersion()).isEqualTo(before);
    }

    @Test
    void reloadingTheRulesBeforeSwapsThemBack() throws IOException {
        // given an engine that was reloaded from one folder, then another
        Path advise = folder("advise", "ADVISE");
        Path consult = folder("consult", "CONSULT_ADMINS");
        ReloadablePolicyEngine engine = PolicyEngine.reloadable(RuleSets.fromFolder(advise));
        RuleCheck first = engine.reload(advise);
        engine.reload(consult);

        // when the first is reloaded again
        RuleCheck again = engine.reload(advise);

        // then its rules decide again, with the same version and the same findings
        assertThat(again).isEqualTo(first);
        assertThat(types(engine.decide(AS_OF, ONE_INCIDENT))).containsExactly(ActionType.ADVISE);
        assertThat(engine.rulesVersion()).isEqualTo(first.rulesVersion());
    }

    @Test
    void anEngineThisLibraryDidNotBuildCannotBeMadeReloadable() {
        // given an engine of a host's own making
        PolicyEngine stranger = (PolicyEngine) Proxy.newProxyInstance(
                PolicyEngine.class.getClassLoader(),
                new Class<?>[] {PolicyEngine.class},
                (proxy, method, args) -> null);

        // then it cannot be reloaded: there are no rules of this library's in it to swap
        assertThatThrownBy(() -> PolicyEngine.reloadable(stranger)).isInstanceOf(IllegalArgumentException.class);
    }
}
