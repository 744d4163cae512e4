package org.conductpolicy.api.fact;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.conductpolicy.api.InvalidFactException;

/**
 * One side of an appeal or a complaint has been heard (ESC-6). Exactly one of {@code appeal} and
 * {@code complaint} is given; an appeal's sides are the appellant and the admin team, a complaint's
 * the complainant and the respondent.
 *
 * @param appeal the id of the appeal heard, or {@code null}
 * @param complaint the id of the complaint heard, or {@code null}
 * @param side the side heard
 * @param on the day it was heard
 */
public record Hearing(String appeal, String complaint, Side side, LocalDate on) implements Fact, MatterStep {
    private static final Set<Side> APPEAL_SIDES = Set.of(Side.APPELLANT, Side.ADMIN_TEAM);

    public Hearing {
        Matter.requireExactlyOne(appeal, complaint, FactType.HEARING);
        Required.field(side, FactType.HEARING, "side");
        Required.field(on, FactType.HEARING, "on");
        if ((appeal != null) != APPEAL_SIDES.contains(side)) {
            throw InvalidFactException.of(
                    FactType.HEARING,
                    "side",
                    appeal != null
                            ? "of an appeal must be appellant or admin-team"
                            : "of a complaint must be complainant or respondent");
        }
    }

    /** A side of an appeal heard: the appellant or the admin team. */
    public static Hearing ofAppeal(String appeal, Side side, LocalDate on) {
        return new Hearing(appeal, null, side, on);
    }

    /** A side of a complaint heard: the complainant or the respondent. */
    public static Hearing ofComplaint(String complaint, Side side, LocalDate on) {
        return new Hearing(null, complaint, side, on);
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
