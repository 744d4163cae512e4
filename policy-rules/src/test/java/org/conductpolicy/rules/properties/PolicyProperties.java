package org.conductpolicy.rules.properties;

import java.util.List;

/**
 * Every property of the policy, in the order a mutant is tried against them. The shuffle over the
 * governance histories ({@link InvarianceProperties#ORDER_CHANGES_NOTHING_IN_GOVERNANCE}) is checked by
 * PolicyPropertiesTest but not here: no mutant of the governance rules yet is caught by it within the
 * mutants' 200 histories (policy-rules/docs/property-tests.md).
 */
final class PolicyProperties {
    private PolicyProperties() {}

    static final List<PolicyProperty> ALL = List.of(
            LadderProperties.AGREES_WITH_THE_REFERENCE_MODEL,
            LadderProperties.NOBODY_CLIMBS_WITHOUT_NOTICE,
            LadderProperties.NEVER_SKIPS_NOR_STEPS_DOWN,
            InvarianceProperties.STANDING_CHANGES_NOTHING,
            InvarianceProperties.ORDER_CHANGES_NOTHING,
            LadderProperties.BREACH_ON_THE_LAST_DAY_ESCALATES,
            InvarianceProperties.OVERTURNED_SANCTION_IS_INVISIBLE,
            CitationProperties.EVERY_ACTION_CITES_A_CLAUSE_AND_SAYS_WHY,
            LadderProperties.NO_STEP_WITHOUT_CONSULTING,
            AppealProperties.HEARD_ROUTED_AND_CLOSED_BY_THE_POLICY,
            PasswordProperties.MODERATORS_HOLD_NOTHING_AND_AGMS_ROTATE_EVERY_PASSWORD,
            RecordProperties.RECORDS_ARE_KEPT_TWO_YEARS_THEN_DELETED,
            InvarianceProperties.STANDING_CHANGES_NOTHING_IN_GOVERNANCE,
            CitationProperties.EVERY_GOVERNANCE_ACTION_CITES_A_CLAUSE_AND_SAYS_WHY,
            ConcernProperties.COMPLAINTS_AGREE_WITH_THE_REFERENCE,
            ConcernProperties.OWNERSHIP_AGREES_WITH_THE_REFERENCE,
            ConcernProperties.LETTERS_AGREE_WITH_THE_REFERENCE,
            ConcernProperties.CRISES_AGREE_WITH_THE_REFERENCE,
            ConcernProperties.SPEAKING_AGREES_WITH_THE_REFERENCE,
            ReviewProperties.THE_PROCEDURE_FOLLOWED_LEAVES_NOTHING_TO_REVIEW,
            DoneProperties.OWN_FACT_REMOVES_THAT_ACTION_ALONE);
}
