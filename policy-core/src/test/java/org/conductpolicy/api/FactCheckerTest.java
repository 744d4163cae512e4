package org.conductpolicy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.conductpolicy.api.fact.Appeal;
import org.conductpolicy.api.fact.AppealDecision;
import org.conductpolicy.api.fact.Communication;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Hearing;
import org.conductpolicy.api.fact.Incident;
import org.conductpolicy.api.fact.Outcome;
import org.conductpolicy.api.fact.Owner;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.PlatformKind;
import org.conductpolicy.api.fact.Post;
import org.conductpolicy.api.fact.Role;
import org.conductpolicy.api.fact.RoleName;
import org.conductpolicy.api.fact.Sanction;
import org.conductpolicy.api.fact.SanctionKind;
import org.conductpolicy.api.fact.Side;
import org.conductpolicy.api.fact.Standing;
import org.junit.jupiter.api.Test;

/** The checks made on the facts of a case as a whole, before anything is decided. */
class FactCheckerTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 2);
    private static final Person ALEX = new Person("alex", Standing.MEMBER);
    private static final Platform PAGE = new Platform("clp-page", PlatformKind.FACEBOOK_PAGE, Owner.CLP);
    private static final Incident I1 =
            Incident.consulted("i1", "alex", "clp-page", LocalDate.of(2025, 1, 10), "trolling");
    private static final Sanction S1 =
            new Sanction("s1", "alex", "clp-page", SanctionKind.WARNING, LocalDate.of(2025, 1, 12), null, "i1");

    private static void check(Fact... facts) {
        CheckedFacts.check(AS_OF, Arrays.asList(facts));
    }

    @Test
    void a_consistent_case_passes() {
        assertThatCode(() -> check(ALEX, PAGE, I1, S1)).doesNotThrowAnyException();
    }

    @Test
    void a_sanction_naming_an_unknown_person_is_rejected_naming_the_sanction_and_the_field() {
        Sanction unknown = new Sanction("s2", "bob", "clp-page", SanctionKind.WARNING, AS_OF, null, null);

        assertThatThrownBy(() -> check(ALEX, PAGE, unknown))
                .isInstanceOf(InvalidFactException.class)
                .hasMessage("fact 3 (sanction 's2'): field 'person' names no person 'bob'");
    }

    @Test
    void a_fact_dated_past_the_last_day_a_decision_can_be_about_is_invalid_input_naming_its_field() {
        // LocalDate.MAX: a window of months from it overflows, so it is refused before any rule runs.
        Role endless = new Role("alex", RoleName.ADMIN, "clp-page", LocalDate.of(2020, 1, 1), LocalDate.MAX);

        assertThatThrownBy(() -> check(ALEX, PAGE, endless))
                .isInstanceOf(InvalidFactException.class)
                .hasMessage("fact 3 (role): field 'to' is +999999999-12-31, outside the days a decision can be"
                        + " about, 0001-01-01 to 9999-12-31");
    }

    @Test
    void an_incident_on_local_date_max_asked_about_on_the_last_day_is_invalid_input_naming_its_field() {
        Incident atTheEndOfTime = Incident.consulted("i9", "alex", "clp-page", LocalDate.MAX, "trolling");

        assertThatThrownBy(() -> CheckedFacts.check(CheckedFacts.LAST_DAY, List.of(ALEX, PAGE, atTheEndOfTime)))
                .isInstanceOf(InvalidFactException.class)
                .satisfies(thrown ->
                        assertThat(((InvalidFactException) thrown).field()).isEqualTo("on"))
                .hasMessageContaining("incident 'i9'");
    }

    @Test
    void a_day_asked_about_outside_the_days_a_decision_can_be_about_is_refused() {
        assertThatThrownBy(() -> CheckedFacts.check(LocalDate.MAX, List.of(ALEX, PAGE, I1)))
                .isInstanceOf(PolicyException.class)
                .hasMessage(
                        "asOf is +999999999-12-31, outside the days a decision can be about, 0001-01-01 to 9999-12-31");
        assertThatCode(() -> CheckedFacts.check(CheckedFacts.LAST_DAY, List.of(ALEX, PAGE, I1)))
                .doesNotThrowAnyException();
    }

    @Test
    void a_fact_dated_after_the_day_asked_about_is_rejected() {
        Incident later = Incident.consulted("i2", "alex", "clp-page", AS_OF.plusDays(1), "trolling");

        assertThatThrownBy(() -> check(ALEX, PAGE, later))
                .hasMessage("fact 3 (incident 'i2'): field 'on' is 2025-06-03, after asOf 2025-06-02");
    }

    @Test
    void a_role_that_begins_after_the_day_asked_about_is_rejected_on_its_from_field() {
        Role later = new Role("alex", RoleName.CHAIR, null, AS_OF.plusDays(1), null);

        assertThatThrownBy(() -> check(ALEX, later)).hasMessageContaining("field 'from' is 2025-06-03");
    }

    @Test
    void an_id_used_twice_within_a_type_is_rejected_but_the_same_id_in_two_types_is_not() {
        assertThatThrownBy(() -> check(ALEX, new Person("alex", Standing.PUBLIC)))
                .hasMessage("fact 2 (person 'alex'): field 'id' is used by another person too");
        assertThatCode(() -> check(ALEX, new Platform("alex", PlatformKind.WEBSITE, Owner.CLP)))
                .doesNotThrowAnyException();
    }

    @Test
    void a_null_fact_is_rejected_by_its_position() {
        assertThatThrownBy(() -> check(ALEX, null)).hasMessageStartingWith("fact 2 (fact)");
    }

    @Test
    void a_sanction_for_another_persons_incident_or_issued_before_it_is_rejected() {
        Person sam = new Person("sam", Standing.PUBLIC);
        Sanction wrongPerson = new Sanction("s2", "sam", "clp-page", SanctionKind.WARNING, AS_OF, null, "i1");
        Sanction tooEarly =
                new Sanction("s3", "alex", "clp-page", SanctionKind.WARNING, LocalDate.of(2025, 1, 9), null, "i1");

        assertThatThrownBy(() -> check(ALEX, sam, PAGE, I1, wrongPerson))
                .hasMessage("fact 5 (sanction 's2'): field 'incident' names an incident of another person");
        assertThatThrownBy(() -> check(ALEX, PAGE, I1, tooEarly))
                .hasMessage("fact 4 (sanction 's3'): field 'on' is 2025-01-09, before its incident 'i1' of 2025-01-10");
    }

    @Test // ESC-5
    void an_appeal_before_its_sanction_and_a_decision_before_its_appeal_are_rejected() {
        Appeal early = new Appeal("a1", "alex", "s1", LocalDate.of(2025, 1, 11), false);
        Appeal appeal = new Appeal("a1", "alex", "s1", LocalDate.of(2025, 2, 1), false);
        AppealDecision decidedEarly = new AppealDecision("a1", LocalDate.of(2025, 1, 31), Outcome.UPHELD, true);

        assertThatThrownBy(() -> check(ALEX, PAGE, I1, S1, early))
                .hasMessageContaining("appeal 'a1'): field 'on' is 2025-01-11, before the sanction 's1'");
        assertThatThrownBy(() -> check(ALEX, PAGE, I1, S1, appeal, decidedEarly))
                .hasMessageContaining("(appeal-decision): field 'on' is 2025-01-31, before the appeal 'a1' was made");
    }

    @Test // ESC-6
    void a_hearing_for_an_unknown_appeal_is_rejected() {
        Hearing hearing = new Hearing("a9", null, Side.APPELLANT, AS_OF);

        assertThatThrownBy(() -> check(ALEX, hearing))
                .hasMessage("fact 2 (hearing): field 'appeal' names no appeal 'a9'");
    }

    @Test // ESC-4
    void a_communication_may_be_about_a_sanction_or_an_appeal_but_nothing_else() {
        Communication aboutSanction = new Communication("c1", "alex", AS_OF, "s1", List.of("alex"), false);
        Communication aboutIncident = new Communication("c2", "alex", AS_OF, "i1", List.of(), false);

        assertThatCode(() -> check(ALEX, PAGE, I1, S1, aboutSanction)).doesNotThrowAnyException();
        assertThatThrownBy(() -> check(ALEX, PAGE, I1, S1, aboutIncident))
                .hasMessage("fact 5 (communication 'c2'): field 'about' names no sanction or appeal 'i1'");
    }

    @Test // ESC-4, EXT-2
    void a_field_that_may_name_a_sanction_or_an_appeal_must_not_name_both() {
        Appeal appealS1 = new Appeal("s1", "alex", "s1", LocalDate.of(2025, 2, 1), false);
        Communication ambiguous = new Communication("c1", "alex", AS_OF, "s1", List.of(), false);

        assertThatThrownBy(() -> check(ALEX, PAGE, I1, S1, appealS1, ambiguous))
                .hasMessage(
                        "fact 6 (communication 'c1'): field 'about' names both sanction 's1' and appeal 's1': give them"
                                + " different ids");
    }

    @Test // ESC-5
    void two_decisions_on_one_appeal_on_one_day_are_refused() {
        Appeal appeal = new Appeal("a1", "alex", "s1", LocalDate.of(2025, 2, 1), false);
        AppealDecision upheld = new AppealDecision("a1", LocalDate.of(2025, 3, 1), Outcome.UPHELD, true);
        AppealDecision overturned = new AppealDecision("a1", LocalDate.of(2025, 3, 1), Outcome.OVERTURNED, true);

        assertThatThrownBy(() -> check(ALEX, PAGE, I1, S1, appeal, upheld, overturned))
                .hasMessageStartingWith(
                        "fact 7 (appeal-decision): field 'on' is 2025-03-01, the day of another decision");
        assertThatCode(() -> check(
                        ALEX,
                        PAGE,
                        I1,
                        S1,
                        appeal,
                        upheld,
                        new AppealDecision("a1", LocalDate.of(2025, 3, 2), Outcome.OVERTURNED, true)))
                .doesNotThrowAnyException();
    }

    @Test // BEH-3
    void a_post_by_someone_not_in_the_case_is_rejected() {
        Post post = new Post("p1", "nobody", "clp-page", AS_OF, true);

        assertThatThrownBy(() -> check(ALEX, PAGE, post))
                .hasMessage("fact 3 (post 'p1'): field 'author' names no person 'nobody'");
    }

    @Test
    void facts_checked_for_a_day_are_not_checked_again_for_that_day_but_are_for_another() {
        CheckedFacts checked = CheckedFacts.check(AS_OF, List.of(ALEX, PAGE, I1, S1));

        assertThat(CheckedFacts.check(AS_OF, checked)).isSameAs(checked);
        assertThatThrownBy(() -> CheckedFacts.check(LocalDate.of(2025, 1, 11), checked))
                .hasMessage("fact 4 (sanction 's1'): field 'on' is 2025-01-12, after asOf 2025-01-11");
    }

    @Test
    void checked_facts_keep_the_order_given_and_cannot_be_changed() {
        CheckedFacts checked = CheckedFacts.check(AS_OF, List.of(PAGE, ALEX));

        assertThat(checked).containsExactly(PAGE, ALEX);
        assertThatThrownBy(() -> checked.add(I1)).isInstanceOf(UnsupportedOperationException.class);
    }
}
