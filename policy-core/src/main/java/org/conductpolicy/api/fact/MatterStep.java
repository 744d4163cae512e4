package org.conductpolicy.api.fact;

import java.time.LocalDate;

/**
 * A fact that is a step in an appeal or a complaint (a hearing, a decision, a referral): it belongs to
 * exactly one matter, which must have been made no later than the step.
 */
public sealed interface MatterStep permits Hearing, AppealDecision, ComplaintDecision, NationalReferral {
    /** The appeal or complaint the step belongs to. */
    Reference matter();

    /** The day of the step. */
    LocalDate dated();
}
