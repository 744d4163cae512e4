package org.conductpolicy.rules.properties;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every property of the policy, in the order a mutant is tried against them. The shuffle over the
 * governance histories ({@link InvarianceProperties#ORDER_CHANGES_NOTHING_IN_GOVERNANCE}) is checked by
 * PolicyPropertiesTest but not here: no mutant of the governance rules yet is caught by it within the
 * mutants' 200 histories (policy-rules/docs/property-tests.md).
 */
final class PolicyProperties {
    private PolicyProperties() {}

    static final List<PolicyProperty> ALL = List.of(
            LadderProperties.AGREES_WITH_THE_REFERENCE_MODEL.citing(
                    "ESC-1, ESC-2, ESC-3, INT-1, INT-2, INT-3, INT-4, INT-5, INT-6, INT-7, INT-12"),
            LadderProperties.NOBODY_CLIMBS_WITHOUT_NOTICE.citing("INT-1, INT-2, INT-4"),
            LadderProperties.NEVER_SKIPS_NOR_STEPS_DOWN.citing("ESC-1, ESC-2, ESC-3, INT-2, INT-5"),
            InvarianceProperties.STANDING_CHANGES_NOTHING.citing("PUB-1"),
            InvarianceProperties.ORDER_CHANGES_NOTHING,
            LadderProperties.BREACH_ON_THE_LAST_DAY_ESCALATES.citing("INT-1, INT-4, INT-5"),
            InvarianceProperties.OVERTURNED_SANCTION_IS_INVISIBLE.citing("INT-6"),
            CitationProperties.EVERY_ACTION_CITES_A_CLAUSE_AND_SAYS_WHY,
            LadderProperties.NO_STEP_WITHOUT_CONSULTING.citing("ESC-1, INT-12"),
            AppealProperties.HEARD_ROUTED_AND_CLOSED_BY_THE_POLICY.citing("ESC-5, ESC-6, ESC-7, INT-8, INT-11"),
            PasswordProperties.MODERATORS_HOLD_NOTHING_AND_AGMS_ROTATE_EVERY_PASSWORD.citing(
                    "SEC-1, SEC-3, SEC-5, SEC-6, INT-9"),
            RecordProperties.RECORDS_ARE_KEPT_TWO_YEARS_THEN_DELETED.citing("ESC-4, EXT-2"),
            InvarianceProperties.STANDING_CHANGES_NOTHING_IN_GOVERNANCE.citing("PUB-1"),
            CitationProperties.EVERY_GOVERNANCE_ACTION_CITES_A_CLAUSE_AND_SAYS_WHY,
            ConcernProperties.COMPLAINTS_AGREE_WITH_THE_REFERENCE.citing(
                    "CMP-1, CMP-2, CMP-3, CMP-4, CMP-6, CMP-7, ESC-6, INT-8"),
            ConcernProperties.OWNERSHIP_AGREES_WITH_THE_REFERENCE.citing("OWN-1, OWN-2, OWN-3, ROL-1, ROL-4, ROL-5"),
            ConcernProperties.LETTERS_AGREE_WITH_THE_REFERENCE.citing("ESC-4, INT-10"),
            ConcernProperties.CRISES_AGREE_WITH_THE_REFERENCE.citing("SM-4"),
            ConcernProperties.SPEAKING_AGREES_WITH_THE_REFERENCE.citing("BEH-2, BEH-3"),
            ReviewProperties.THE_PROCEDURE_FOLLOWED_LEAVES_NOTHING_TO_REVIEW.citing(
                    "INT-15, ESC-1, ESC-2, ESC-3, ESC-4, ESC-6, INT-3, INT-8, INT-10, INT-12, SEC-5"),
            DoneProperties.OWN_FACT_REMOVES_THAT_ACTION_ALONE);

    /**
     * Every invariant, as {@code policy verify} checks an edited rule folder against them: those above, and
     * the two that no mutant yet reaches reliably (they hold the engine to its own promises, not to a
     * clause).
     */
    static final List<PolicyProperty> INVARIANTS = Stream.concat(
                    ALL.stream(),
                    Stream.of(
                            InvarianceProperties.ORDER_CHANGES_NOTHING_IN_GOVERNANCE,
                            DoneProperties.RECORDED_DONE_REMOVES_THAT_ACTION_ALONE))
            .toList();
}
