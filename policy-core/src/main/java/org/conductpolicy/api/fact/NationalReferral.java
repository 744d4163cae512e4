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
public record NationalReferral(String appeal, String complaint, LocalDate on) implements Fact {
    public NationalReferral {
        Matter.requireExactlyOne(appeal, complaint, "national-referral");
        Required.field(on, "national-referral", null, "on");
    }

    @Override
    public String type() {
        return "national-referral";
    }

    @Override
    public LocalDate dated() {
        return on;
    }

    @Override
    public List<Reference> references() {
        return Matter.referenceTo(appeal, complaint);
    }
}
