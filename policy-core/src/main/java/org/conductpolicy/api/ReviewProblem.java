package org.conductpolicy.api;

/**
 * What a {@code review} action says the record shows was not done by the procedure (INT-15): a sanction
 * issued without consulting the admins, a step of the ladder skipped, a ban of another length or on
 * another platform than the ladder gives, a decision taken before both sides were heard or by the CLP
 * after a national referral, a letter logged without the admin team's sign-off, a password changed after
 * its deadline. Decisions spell it as {@link org.conductpolicy.api.fact.WireName} does: {@code ban-length},
 * {@code decided-after-referral}, ... The constants are in the order of their spellings.
 */
public enum ReviewProblem {
    BAN_LENGTH,
    DECIDED_AFTER_REFERRAL,
    DECIDED_UNHEARD,
    LATE_PASSWORD_CHANGE,
    LOGGED_UNSIGNED,
    NOT_CONSULTED,
    STEP_SKIPPED,
    WRONG_PLATFORM;
}
