package org.conductpolicy.api.fact;

import java.time.LocalDate;
import java.util.List;

/**
 * An appeal or complaint taken to the National Complaints team (ESC-7, CMP-7); from then on it is a
 * national matter (INT-8). Exactly one of {@code appeal} and {@code complaint} is given.
 *
 * @param appeal the id of the appeal referred, or {@code null}
 * @param complaint the id of the complaint referred, or {@code null}
 * @param on the day it was referred
 */
public record NationalReferral(String appeal, String complaint, LocalDate on) implements Fact, MatterStep {
    public NationalReferral {
        Matter.requireExactlyOne(appeal, complaint, FactType.NATIONAL_REFERRAL);
        Required.field(on, FactType.NATIONAL_REFERRAL, "on");
    }

    /** An appeal referred to the National Complaints team. */
    public static NationalReferral ofAppeal(String appeal, LocalDate on) {
        return new NationalReferral(appeal, null, on);
    }

    /** A complaint referred to the National Complaints team. */
    public static NationalReferral ofComplaint(String complaint, LocalDate on) {
        return new NationalReferral(null, complaint, on);
    }

    @Override
    public LocalDate dated() {
        return on;
    }

    @Override
    public Reference matter() {
        return Matter.of(appeal, complaint);
    }

    @Override
    public List<Reference> references() {
        return List.of(matter());
    }
}
