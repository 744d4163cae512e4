package org.conductpolicy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.conductpolicy.api.fact.CrisisRecipient;
import org.conductpolicy.api.fact.DecidingBody;
import org.conductpolicy.api.fact.RoleName;
import org.conductpolicy.api.fact.Side;
import org.conductpolicy.api.fact.WireName;
import org.junit.jupiter.api.Test;

/** Actions keep to their type's fields and sort as policy-core/docs/case-files.md lists them. */
class ActionTest {
    private static final LocalDate DAY = LocalDate.of(2025, 6, 2);

    private static Action action(ActionType type, Map<ActionField, Object> fields, LocalDate due) {
        return new Action(type, fields, due, List.of("ESC-1"), "because", "a rule");
    }

    @Test
    void actions_sort_by_due_then_action_then_fields() {
        Action laterRevoke = action(
                ActionType.REVOKE_ACCESS,
                Map.of(ActionField.PERSON, "alex", ActionField.PLATFORM, "a"),
                DAY.plusDays(1));
        Action takeDownB = action(ActionType.TAKE_DOWN, Map.of(ActionField.PLATFORM, "b"), DAY);
        Action takeDownA = action(ActionType.TAKE_DOWN, Map.of(ActionField.PLATFORM, "a"), DAY);
        Action advise = action(ActionType.ADVISE, Map.of(ActionField.PERSON, "zed", ActionField.INCIDENT, "i1"), DAY);
        List<Action> shuffled = new ArrayList<>(List.of(laterRevoke, takeDownB, takeDownA, advise));
        Collections.reverse(shuffled);

        assertThat(new Decision(DAY, shuffled).actions()).containsExactly(advise, takeDownA, takeDownB, laterRevoke);
    }

    @Test
    void an_action_keeps_its_fields_in_the_order_decisions_print_them() {
        Action ban = action(
                ActionType.BAN,
                Map.of(
                        ActionField.WINDOW_ENDS,
                        DAY.plusYears(1),
                        ActionField.DAYS,
                        30,
                        ActionField.UNTIL,
                        DAY.plusDays(30),
                        ActionField.INCIDENT,
                        "i1",
                        ActionField.PLATFORM,
                        "page",
                        ActionField.PERSON,
                        "alex"),
                DAY);

        assertThat(ban.fields().keySet())
                .containsExactly(
                        ActionField.PERSON,
                        ActionField.PLATFORM,
                        ActionField.INCIDENT,
                        ActionField.DAYS,
                        ActionField.UNTIL,
                        ActionField.WINDOW_ENDS);
    }

    @Test
    void an_action_refuses_a_field_its_type_does_not_carry_or_a_value_of_the_wrong_type() {
        assertThatThrownBy(() -> action(ActionType.WARN, Map.of(ActionField.DAYS, 30), DAY))
                .hasMessage("warn does not carry the field 'days'");
        assertThatThrownBy(() -> action(ActionType.BAN, Map.of(ActionField.DAYS, "30"), DAY))
                .hasMessage("ban.days must be a Integer");
    }

    @Test
    void an_enumerated_field_holds_the_spelling_of_a_constant_of_the_enum_its_type_takes() {
        Action routed = action(
                ActionType.ROUTE_COMPLAINT,
                Map.of(ActionField.COMPLAINT, "c1", ActionField.TO, ComplaintRecipient.NATIONAL_COMPLAINTS),
                DAY);
        Action spelled = action(
                ActionType.ROUTE_COMPLAINT,
                Map.of(ActionField.COMPLAINT, "c1", ActionField.TO, "national-complaints"),
                DAY);

        assertThat(routed.text(ActionField.TO)).contains("national-complaints");
        assertThat(routed).isEqualTo(spelled);
    }

    @Test // CMP-7, ESC-5
    void an_action_refuses_a_value_outside_its_fields_vocabulary_or_a_constant_of_another_enum() {
        assertThatThrownBy(() -> action(
                        ActionType.ROUTE_APPEAL,
                        Map.of(ActionField.APPEAL, "a1", ActionField.TO, "national-complaints"),
                        DAY))
                .hasMessage("route-appeal.to must be one of " + WireName.allOf(AppealRecipient.class)
                        + ", not 'national-complaints'");
        assertThatThrownBy(() -> action(
                        ActionType.ROUTE_APPEAL,
                        Map.of(ActionField.APPEAL, "a1", ActionField.TO, ComplaintRecipient.SECRETARY),
                        DAY))
                .hasMessage("route-appeal.to must be one of secretary, ec-officer, not 'SECRETARY'");
        assertThatThrownBy(() -> action(
                        ActionType.CHANGE_PASSWORD,
                        Map.of(ActionField.PLATFORM, "page", ActionField.REASON, RoleName.ADMIN),
                        DAY))
                .hasMessage("change-password.reason must be one of " + WireName.allOf(PasswordReason.class)
                        + ", not 'ADMIN'");
    }

    @Test
    void every_enumerated_field_of_the_casebook_takes_one_enum() {
        assertThat(ActionType.ROUTE_APPEAL.vocabulary(ActionField.TO)).contains(AppealRecipient.class);
        assertThat(ActionType.ROUTE_COMPLAINT.vocabulary(ActionField.TO)).contains(ComplaintRecipient.class);
        assertThat(ActionType.REPORT_CRISIS.vocabulary(ActionField.TO)).contains(CrisisRecipient.class);
        assertThat(ActionType.HEAR.vocabulary(ActionField.SIDE)).contains(Side.class);
        assertThat(ActionType.DECIDE_APPEAL.vocabulary(ActionField.BY)).contains(DecidingBody.class);
        assertThat(ActionType.CHANGE_PASSWORD.vocabulary(ActionField.REASON)).contains(PasswordReason.class);
        assertThat(ActionType.APPOINT_ADMIN.vocabulary(ActionField.ROLE)).contains(RoleName.class);
        assertThat(ActionType.REVIEW.vocabulary(ActionField.PROBLEM)).contains(ReviewProblem.class);
        assertThat(ActionType.REVIEW.vocabulary(ActionField.ABOUT)).isEmpty();
        assertThat(ActionType.ROUTE_APPEAL.vocabulary(ActionField.APPEAL)).isEmpty();
        assertThat(ActionType.WARN.vocabulary(ActionField.TO)).isEmpty();
        assertThat(WireName.allOf(ComplaintRecipient.class))
                .isEqualTo("admin-team, secretary, executive-committee, national-complaints");
        assertThat(WireName.allOf(PasswordReason.class)).isEqualTo("agm, appointment, departure, unauthorised-access");
        assertThat(WireName.allOf(ReviewProblem.class))
                .isEqualTo("ban-length, decided-after-referral, decided-unheard, late-password-change, logged-unsigned,"
                        + " not-consulted, step-skipped, wrong-platform"); // INT-15: the review action's problems
    }

    @Test
    void an_action_needs_every_field_of_its_row_and_exactly_one_of_appeal_or_complaint() {
        assertThatThrownBy(() -> action(ActionType.WARN, Map.of(ActionField.PERSON, "alex"), DAY))
                .hasMessage("warn needs the field 'platform'");
        assertThatThrownBy(() -> action(ActionType.HEAR, Map.of(ActionField.SIDE, "appellant"), DAY))
                .hasMessage("hear needs exactly one of the fields [appeal, complaint]");
        assertThatThrownBy(() -> action(
                        ActionType.REFER_TO_NATIONAL,
                        Map.of(ActionField.APPEAL, "a1", ActionField.COMPLAINT, "c1"),
                        DAY))
                .hasMessage("refer-to-national needs exactly one of the fields [appeal, complaint]");
        assertThat(ActionType.HEAR.oneOf()).containsExactly(ActionField.APPEAL, ActionField.COMPLAINT);
        assertThat(ActionType.BAN.oneOf()).isEmpty();
    }

    @Test
    void an_action_must_cite_a_clause_and_lists_its_clauses_in_clause_order() {
        Map<ActionField, Object> page = Map.of(ActionField.PLATFORM, "page");
        assertThatThrownBy(() -> new Action(ActionType.TAKE_DOWN, page, DAY, List.of(), "why", "rule"))
                .hasMessage("take-down must cite at least one clause");

        Action action =
                new Action(ActionType.TAKE_DOWN, page, DAY, List.of("INT-2", "CoC-10", "ESC-1", "CoC-4"), "why", "r");

        assertThat(action.clauses()).containsExactly("CoC-4", "CoC-10", "ESC-1", "INT-2");
    }

    @Test // CMP-5
    void only_an_action_about_a_complaint_is_confidential() {
        assertThat(action(ActionType.MEDIATE, Map.of(ActionField.COMPLAINT, "c1"), DAY)
                        .confidential())
                .isTrue();
        assertThat(action(ActionType.HEAR, Map.of(ActionField.APPEAL, "a1", ActionField.SIDE, "appellant"), DAY)
                        .confidential())
                .isFalse();
    }

    @Test // CMP-5, INT-15: a review names what it is about by id alone, and says it concerns a complaint by citing
    // CMP-5
    void an_action_citing_cmp5_is_confidential_though_it_names_no_complaint() {
        Map<ActionField, Object> review = Map.of(ActionField.ABOUT, "c1", ActionField.PROBLEM, "decided-unheard");

        assertThat(new Action(ActionType.REVIEW, review, DAY, List.of("INT-15", "ESC-6", "CMP-5"), "why", "r")
                        .confidential())
                .isTrue();
        assertThat(new Action(ActionType.REVIEW, review, DAY, List.of("INT-15", "ESC-6"), "why", "r").confidential())
                .isFalse();
    }

    @Test
    void every_action_type_carries_the_fields_of_its_casebook_row_in_that_order() {
        Map<String, String> rows = Map.ofEntries(
                Map.entry("no-breach", "incident"),
                Map.entry("advise", "person incident"),
                Map.entry("consult-admins", "person incident"),
                Map.entry("warn", "person platform incident windowEnds"),
                Map.entry("ban", "person platform incident days until windowEnds"),
                Map.entry("ban-for-life", "person platform incident"),
                Map.entry("sign-off", "communication"),
                Map.entry("log-communication", "communication"),
                Map.entry("delete-record", "record"),
                Map.entry("route-appeal", "appeal to"),
                Map.entry("hear", "appeal complaint side"),
                Map.entry("decide-appeal", "appeal by"),
                Map.entry("refer-to-national", "appeal complaint"),
                Map.entry("route-complaint", "complaint to"),
                Map.entry("mediate", "complaint"),
                Map.entry("consider-safeguarding", "complaint"),
                Map.entry("inform-complainant", "complaint"),
                Map.entry("change-password", "platform reason"),
                Map.entry("revoke-access", "person platform"),
                Map.entry("refer-for-discipline", "person platform"),
                Map.entry("appoint-admin", "platform role"),
                Map.entry("transfer-ownership", "platform"),
                Map.entry("take-down", "platform"),
                Map.entry("report-crisis", "crisis to"),
                Map.entry("post-from-page", "post"),
                Map.entry("train", "person"),
                Map.entry("delete-register-entry", "sanction"),
                Map.entry("review", "about problem"));

        assertThat(ActionType.values())
                .allSatisfy(type -> assertThat(type.fields().stream()
                                .map(ActionField::wireName)
                                .collect(java.util.stream.Collectors.joining(" ")))
                        .as(type.wireName())
                        .isEqualTo(rows.get(type.wireName())));
        assertThat(rows).hasSize(ActionType.values().length);
    }

    @Test
    void every_action_type_is_spelled_as_in_the_casebook() {
        assertThat(ActionType.BAN_FOR_LIFE.wireName()).isEqualTo("ban-for-life");
        assertThat(ActionType.LOG_COMMUNICATION.wireName()).isEqualTo("log-communication");
        assertThat(ActionField.WINDOW_ENDS.wireName()).isEqualTo("windowEnds");
    }

    @Test
    void anActionReadsAsACaseFileSpellsItWithItsDueDayClausesAndReasonNotAsARecord() {
        // given a review, as a broken invariant's message shows it to an officer
        Action review = new Action(
                ActionType.REVIEW,
                Map.of(ActionField.PROBLEM, "ban-length", ActionField.ABOUT, "s1"),
                DAY,
                List.of("ESC-2", "INT-15"),
                "the ban of 2025-03-01 is for 14 days, not 30",
                "a rule");

        // when it is written into a message, then it is in case-file spelling, fields in their order
        assertThat("the reviews are " + List.of(review))
                .isEqualTo("the reviews are [review {about: s1, problem: ban-length} due 2025-06-02 (ESC-2, INT-15):"
                        + " the ban of 2025-03-01 is for 14 days, not 30]")
                .doesNotContain("Action[", "fields=", "a rule");
    }
}
