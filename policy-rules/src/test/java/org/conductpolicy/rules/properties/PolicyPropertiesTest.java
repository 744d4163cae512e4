package org.conductpolicy.rules.properties;

import org.junit.jupiter.api.Test;

/**
 * The policy's invariants, each checked over {@link PropertyRun#examples()} generated histories against
 * the built-in rules. A failure prints the seed and the smallest failing history as a case file.
 */
class PolicyPropertiesTest {
    private static void holds(PolicyProperty property) {
        PropertyRun.check(property, Engines.BUILT_IN, PropertyRun.examples());
    }

    @Test // ESC-1, ESC-2, ESC-3, INT-1 to INT-7, INT-12
    void the_rules_propose_the_same_conduct_and_ladder_actions_as_the_reference_model() {
        holds(LadderProperties.AGREES_WITH_THE_REFERENCE_MODEL);
    }

    @Test // INT-1, INT-2, INT-4
    void nobody_climbs_a_step_without_notice() {
        holds(LadderProperties.NOBODY_CLIMBS_WITHOUT_NOTICE);
    }

    @Test // ESC-1, ESC-2, ESC-3, INT-2, INT-5
    void the_ladder_never_skips_a_step_and_never_steps_down_while_a_window_is_open() {
        holds(LadderProperties.NEVER_SKIPS_NOR_STEPS_DOWN);
    }

    @Test // PUB-1
    void flipping_every_persons_standing_changes_no_action() {
        holds(InvarianceProperties.STANDING_CHANGES_NOTHING);
    }

    @Test
    void any_shuffle_of_the_facts_gives_an_equal_decision() {
        holds(InvarianceProperties.ORDER_CHANGES_NOTHING);
    }

    @Test // INT-1, INT-4, INT-5
    void a_breach_on_window_ends_escalates_and_a_breach_the_day_after_does_not() {
        holds(LadderProperties.BREACH_ON_THE_LAST_DAY_ESCALATES);
    }

    @Test // INT-6
    void removing_an_overturned_sanction_and_its_appeal_changes_no_ladder_action() {
        holds(InvarianceProperties.OVERTURNED_SANCTION_IS_INVISIBLE);
    }

    @Test
    void every_action_cites_at_least_one_clause_of_the_catalogue_and_says_why() {
        holds(CitationProperties.EVERY_ACTION_CITES_A_CLAUSE_AND_SAYS_WHY);
    }

    @Test // ESC-1, INT-12
    void no_sanction_is_proposed_for_an_incident_the_admins_have_not_been_consulted_on() {
        holds(LadderProperties.NO_STEP_WITHOUT_CONSULTING);
    }

    @Test // ESC-5, ESC-6, ESC-7, INT-8, INT-11
    void no_appeal_is_decided_unheard_nor_routed_to_an_involved_secretary_and_nothing_follows_a_national_referral() {
        holds(AppealProperties.HEARD_ROUTED_AND_CLOSED_BY_THE_POLICY);
    }

    @Test // SEC-1, SEC-3, SEC-5, SEC-6, INT-9
    void
            moderators_never_trigger_a_password_change_nor_hold_access_and_every_password_unchanged_since_an_agm_changes_once() {
        holds(PasswordProperties.MODERATORS_HOLD_NOTHING_AND_AGMS_ROTATE_EVERY_PASSWORD);
    }

    @Test // ESC-4, EXT-2
    void no_record_younger_than_two_years_is_deleted_and_every_older_one_is_unless_held_by_an_open_matter() {
        holds(RecordProperties.RECORDS_ARE_KEPT_TWO_YEARS_THEN_DELETED);
    }

    @Test // PUB-1
    void over_the_governance_histories_flipping_every_persons_standing_changes_no_action() {
        holds(InvarianceProperties.STANDING_CHANGES_NOTHING_IN_GOVERNANCE);
    }

    @Test
    void over_the_governance_histories_any_shuffle_of_the_facts_gives_an_equal_decision() {
        holds(InvarianceProperties.ORDER_CHANGES_NOTHING_IN_GOVERNANCE);
    }

    @Test // action-taken
    void over_the_governance_histories_recording_a_proposed_action_as_done_removes_that_action_and_no_other() {
        holds(DoneProperties.RECORDED_DONE_REMOVES_THAT_ACTION_ALONE);
    }

    @Test // log-communication, change-password, train: what shows an action done
    void
            over_the_governance_histories_recording_a_proposed_action_done_by_its_own_fact_removes_that_action_and_no_other() {
        holds(DoneProperties.OWN_FACT_REMOVES_THAT_ACTION_ALONE);
    }

    @Test
    void over_the_governance_histories_every_action_cites_a_clause_of_the_catalogue_and_says_why() {
        holds(CitationProperties.EVERY_GOVERNANCE_ACTION_CITES_A_CLAUSE_AND_SAYS_WHY);
    }

    @Test // CMP-1 to CMP-4, CMP-6, CMP-7, ESC-6, INT-8
    void every_complaint_gets_what_its_stage_asks_and_safeguarding_is_considered_at_every_stage() {
        holds(ConcernProperties.COMPLAINTS_AGREE_WITH_THE_REFERENCE);
    }

    @Test // OWN-1, OWN-2, OWN-3, INT-13, ROL-1, ROL-4, ROL-5
    void every_platform_is_owned_and_staffed_as_the_policy_asks() {
        holds(ConcernProperties.OWNERSHIP_AGREES_WITH_THE_REFERENCE);
    }

    @Test // ESC-4, INT-10
    void every_letter_is_signed_off_by_two_admins_of_the_platform_it_concerns_then_logged() {
        holds(ConcernProperties.LETTERS_AGREE_WITH_THE_REFERENCE);
    }

    @Test // SM-4
    void every_crisis_goes_to_the_smo_then_to_an_ec_officer() {
        holds(ConcernProperties.CRISES_AGREE_WITH_THE_REFERENCE);
    }

    @Test // BEH-2, BEH-3
    void every_officer_or_admin_speaking_for_the_clp_off_its_pages_is_asked_to_post_from_the_page() {
        holds(ConcernProperties.SPEAKING_AGREES_WITH_THE_REFERENCE);
    }

    @Test // INT-15, ESC-1, ESC-2, ESC-3, ESC-4, ESC-6, INT-3, INT-8, INT-10, INT-12, SEC-5
    void a_history_that_followed_the_procedure_is_not_reviewed_and_one_fault_injected_is_reviewed_alone() {
        holds(ReviewProperties.THE_PROCEDURE_FOLLOWED_LEAVES_NOTHING_TO_REVIEW);
    }
}
