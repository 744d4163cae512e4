package org.conductpolicy.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.conductpolicy.api.fact.Appeal;
import org.conductpolicy.api.fact.AppealDecision;
import org.conductpolicy.api.fact.Complaint;
import org.conductpolicy.api.fact.ComplaintDecision;
import org.conductpolicy.api.fact.DecidingBody;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Hearing;
import org.conductpolicy.api.fact.Incident;
import org.conductpolicy.api.fact.NationalReferral;
import org.conductpolicy.api.fact.Outcome;
import org.conductpolicy.api.fact.Owner;
import org.conductpolicy.api.fact.Person;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.PlatformKind;
import org.conductpolicy.api.fact.Sanction;
import org.conductpolicy.api.fact.SanctionKind;
import org.conductpolicy.api.fact.Side;
import org.conductpolicy.api.fact.Standing;

/**
 * Facts for appeal and complaint tests, with made-up ids: member-17 breached once on the CLP's page
 * (i1, 2025-01-10), was warned for it (s1, 2025-01-12) and appealed (a1, 2025-01-20).
 */
final class Matters {
    static final String MEMBER = "member-17";
    static final String PAGE = "clp-page";

    private Matters() {}

    /** The warned member, the page, the breach and the warning: no appeal yet. */
    static List<Fact> warned() {
        return new ArrayList<>(List.of(
                new Person(MEMBER, Standing.MEMBER),
                new Platform(PAGE, PlatformKind.FACEBOOK_PAGE, Owner.CLP),
                Incident.consulted("i1", MEMBER, PAGE, day("2025-01-10"), "personal-attack"),
                new Sanction("s1", MEMBER, PAGE, SanctionKind.WARNING, day("2025-01-12"), null, "i1")));
    }

    /** The warned member's appeal a1 of 2025-01-20 against s1, with more facts. */
    static List<Fact> appealed(Fact... more) {
        List<Fact> facts = warned();
        facts.add(appeal("a1", "2025-01-20", false));
        facts.addAll(Arrays.asList(more));
        return facts;
    }

    static Appeal appeal(String id, String on, boolean secretaryInvolved) {
        return new Appeal(id, MEMBER, "s1", day(on), secretaryInvolved);
    }

    static Hearing heard(String appeal, Side side, String on) {
        return new Hearing(appeal, null, side, day(on));
    }

    static AppealDecision decided(String appeal, String on, Outcome outcome, boolean accepted) {
        return new AppealDecision(appeal, day(on), outcome, accepted);
    }

    static NationalReferral appealReferred(String appeal, String on) {
        return new NationalReferral(appeal, null, day(on));
    }

    /** A complaint c1 of 2025-03-01, with more facts. */
    static List<Fact> complained(boolean involvesMember, boolean safeguarding, Fact... more) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Complaint("c1", "complainant-3", day("2025-03-01"), involvesMember, safeguarding));
        facts.addAll(Arrays.asList(more));
        return facts;
    }

    static Hearing complaintHeard(Side side, String on) {
        return new Hearing(null, "c1", side, day(on));
    }

    static ComplaintDecision complaintDecided(DecidingBody by, String on, boolean resolved) {
        return new ComplaintDecision("c1", day(on), by, resolved);
    }

    static NationalReferral complaintReferred(String on) {
        return new NationalReferral(null, "c1", day(on));
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
