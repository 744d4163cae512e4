package org.conductpolicy.rules.properties;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.fact.Access;
import org.conductpolicy.api.fact.Agm;
import org.conductpolicy.api.fact.Appeal;
import org.conductpolicy.api.fact.AppealDecision;
import org.conductpolicy.api.fact.Appointment;
import org.conductpolicy.api.fact.Communication;
import org.conductpolicy.api.fact.Complaint;
import org.conductpolicy.api.fact.ComplaintDecision;
import org.conductpolicy.api.fact.Crisis;
import org.conductpolicy.api.fact.CrisisRecipient;
import org.conductpolicy.api.fact.DecidingBody;
import org.conductpolicy.api.fact.Departure;
import org.conductpolicy.api.fact.Hearing;
import org.conductpolicy.api.fact.KeptRecord;
import org.conductpolicy.api.fact.NationalReferral;
import org.conductpolicy.api.fact.Owner;
import org.conductpolicy.api.fact.PasswordChange;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.PlatformKind;
import org.conductpolicy.api.fact.Post;
import org.conductpolicy.api.fact.Role;
import org.conductpolicy.api.fact.RoleName;
import org.conductpolicy.api.fact.Side;
import org.conductpolicy.api.fact.WireName;
import org.conductpolicy.rules.properties.ReferenceMatters.ComplaintStage;

/**
 * The interesting cases a governance history must show on purpose (GeneratorCoverageTest counts them):
 * appeals and complaints at every stage, with and without the Secretary involved; every role coming and
 * going; password changes before, on and after their triggers; openings by the entitled and the
 * unentitled; records around their 2 years, on leap days, of open and closed matters.
 */
final class GovernanceCases {
    private GovernanceCases() {}

    private static final MonthDay LEAP_DAY = MonthDay.of(2, 29);

    /** Each case, by name, as a test of one history. */
    static Map<String, Predicate<History>> all() {
        Map<String, Predicate<History>> cases = new LinkedHashMap<>();
        appeals(cases);
        complaints(cases);
        offices(cases);
        accesses(cases);
        records(cases);
        concerns(cases);
        return cases;
    }

    private static void appeals(Map<String, Predicate<History>> cases) {
        BiPredicate<History, Set<Side>> heardExactly = (h, sides) -> anyAppeal(
                h,
                (m, a) -> !m.isNational(a)
                        && m.decisionOn(a).isEmpty()
                        && m.heard(a.id()).equals(sides));
        cases.put("an appeal lodged, nobody heard", h -> heardExactly.test(h, Set.of()));
        cases.put("an appeal heard on the appellant's side only", h -> heardExactly.test(h, Set.of(Side.APPELLANT)));
        cases.put("an appeal heard on the admin team's side only", h -> heardExactly.test(h, Set.of(Side.ADMIN_TEAM)));
        cases.put(
                "an appeal heard on both sides, not yet decided",
                h -> heardExactly.test(h, Set.of(Side.APPELLANT, Side.ADMIN_TEAM)));
        cases.put(
                "an appeal decided, the appellant accepting",
                h -> h.factsOf(AppealDecision.class).anyMatch(AppealDecision::accepted));
        cases.put(
                "an appeal decided, the appellant not accepting",
                h -> h.factsOf(AppealDecision.class).anyMatch(d -> !d.accepted()));
        cases.put(
                "an appeal decided before both sides were heard",
                h -> anyAppeal(
                        h,
                        (m, a) -> m.decisionOn(a).isPresent() && m.heard(a.id()).size() < 2));
        cases.put(
                "an appeal referred to the National Complaints team",
                h -> h.factsOf(NationalReferral.class).anyMatch(r -> r.appeal() != null));
        cases.put(
                "an appeal contested, then referred",
                h -> anyAppeal(
                        h, (m, a) -> m.decisionOn(a).filter(d -> !d.accepted()).isPresent() && referred(h, a.id())));
        cases.put(
                "another appeal against a sanction already a national matter",
                h -> anyAppeal(h, (m, a) -> m.isNational(a) && !referred(h, a.id())));
        cases.put(
                "a hearing or decision recorded after an appeal's referral",
                h -> h.factsOf(NationalReferral.class)
                        .filter(r -> r.appeal() != null)
                        .anyMatch(r -> h.factsOf(Hearing.class)
                                        .anyMatch(x -> r.appeal().equals(x.appeal()) && x.on().isAfter(r.on()))
                                || h.factsOf(AppealDecision.class)
                                        .anyMatch(d -> r.appeal().equals(d.appeal()) && d.on().isAfter(r.on()))));
        cases.put(
                "an appeal that records the Secretary as involved",
                h -> h.factsOf(Appeal.class).anyMatch(Appeal::secretaryInvolved));
        cases.put(
                "an appeal brought by the Secretary in post",
                h -> anyAppeal(h, (m, a) -> m.secretariesOn(a.on()).contains(a.person())));
        cases.put(
                "an appeal against a sanction whose letter the Secretary signed off",
                h -> anyAppeal(
                        h,
                        (m, a) -> !a.secretaryInvolved()
                                && !m.secretariesOn(a.on()).contains(a.person())
                                && m.secretaryInvolvement(a).isPresent()));
        cases.put(
                "an appeal lodged, the Secretary in post and not involved",
                h -> anyAppeal(
                        h,
                        (m, a) -> m.heard(a.id()).isEmpty()
                                && !m.secretariesOn(a.on()).isEmpty()
                                && m.secretaryInvolvement(a).isEmpty()));
        cases.put(
                "an appeal lodged, the Secretary involved",
                h -> anyAppeal(
                        h,
                        (m, a) -> m.heard(a.id()).isEmpty()
                                && m.decisionOn(a).isEmpty()
                                && !m.isNational(a)
                                && m.secretaryInvolvement(a).isPresent()));
    }

    private static void complaints(Map<String, Predicate<History>> cases) {
        for (ComplaintStage stage : ComplaintStage.values()) {
            cases.put(
                    "a complaint at stage "
                            + stage.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                    h -> anyComplaint(h, (m, c) -> m.stageOf(c) == stage));
        }
        for (DecidingBody body : DecidingBody.values()) {
            cases.put(
                    "a complaint resolved by the " + WireName.of(body),
                    h -> h.factsOf(ComplaintDecision.class).anyMatch(d -> d.resolved() && d.by() == body));
        }
        cases.put(
                "a complaint heard on one side only, not yet decided",
                h -> anyComplaint(
                        h,
                        (m, c) -> m.stageOf(c) == ComplaintStage.ADMIN_TEAM
                                && m.heard(c.id()).size() == 1));
        cases.put(
                "a complaint involving another member",
                h -> h.factsOf(Complaint.class).anyMatch(Complaint::involvesMember));
        cases.put(
                "a complaint raising safeguarding",
                h -> h.factsOf(Complaint.class).anyMatch(Complaint::safeguarding));
        cases.put(
                "a complaint raising safeguarding, referred",
                h -> anyComplaint(h, (m, c) -> c.safeguarding() && m.isReferred(c)));
        // CMP-4: "at all times": a safeguarding concern at every stage.
        for (ComplaintStage stage : ComplaintStage.values()) {
            cases.put(
                    "a complaint raising safeguarding at stage "
                            + stage.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                    h -> anyComplaint(h, (m, c) -> c.safeguarding() && m.stageOf(c) == stage));
        }
    }

    // ESC-4, INT-10, SM-4, BEH-2, BEH-3, OWN-1 to OWN-3, ROL-4
    private static void concerns(Map<String, Predicate<History>> cases) {
        for (int admins = 0; admins <= 2; admins++) {
            int count = admins;
            cases.put(
                    "a letter with " + count + " signer(s) who are admins of the platform it concerns that day",
                    h -> h.factsOf(Communication.class)
                            .anyMatch(l -> signingAdmins(h, l) == count
                                    && !l.signedOffBy().isEmpty()));
        }
        cases.put("a letter signed off by an officer and an admin who is not one", h -> {
            ReferenceConcerns concerns = ReferenceConcerns.of(h.facts());
            return h.factsOf(Communication.class)
                    .anyMatch(l -> signingAdmins(h, l) >= 2
                            && l.signedOffBy().stream().anyMatch(p -> concerns.isOfficerOn(p, l.on()))
                            && l.signedOffBy().stream().anyMatch(p -> !concerns.isOfficerOn(p, l.on())));
        });
        cases.put(
                "a letter about nothing on record",
                h -> h.factsOf(Communication.class).anyMatch(l -> l.about() == null));
        cases.put(
                "a letter about an appeal",
                h -> h.factsOf(Communication.class)
                        .anyMatch(l -> l.about() != null && l.about().startsWith("a")));
        cases.put(
                "a letter signed off, not logged",
                h -> h.factsOf(Communication.class).anyMatch(l -> signingAdmins(h, l) >= 2 && !l.logged()));
        cases.put("a crisis reported to nobody", h -> h.factsOf(Crisis.class).anyMatch(c -> c.reportedTo() == null));
        for (CrisisRecipient to : CrisisRecipient.values()) {
            cases.put(
                    "a crisis with the " + WireName.of(to),
                    h -> h.factsOf(Crisis.class).anyMatch(c -> c.reportedTo() == to));
        }
        cases.put(
                "a post speaking for the CLP by an officer, off the CLP's pages",
                h -> anyPost(
                        h,
                        (c, p) -> p.speaksForClp()
                                && c.isOfficerOn(p.author(), p.on())
                                && !c.speakingActions().isEmpty()));
        cases.put(
                "a post speaking for the CLP by an admin who is not an officer",
                h -> anyPost(
                        h,
                        (c, p) -> p.speaksForClp()
                                && c.isOfficerOrAdminOn(p.author(), p.on())
                                && !c.isOfficerOn(p.author(), p.on())));
        cases.put(
                "a post speaking for the CLP by someone neither officer nor admin",
                h -> anyPost(h, (c, p) -> p.speaksForClp() && !c.isOfficerOrAdminOn(p.author(), p.on())));
        cases.put(
                "a post by an officer or admin that does not speak for the CLP",
                h -> anyPost(h, (c, p) -> !p.speaksForClp() && c.isOfficerOrAdminOn(p.author(), p.on())));
        cases.put(
                "a post speaking for the CLP by an officer or admin from a CLP page",
                h -> anyPost(
                        h,
                        (c, p) -> p.speaksForClp()
                                && c.isOfficerOrAdminOn(p.author(), p.on())
                                && c.speakingActions().stream()
                                        .noneMatch(a -> p.id().equals(a.fields().get(ActionField.POST)))));
        for (Owner registrant : Owner.values()) {
            cases.put(
                    "a CLP or branch domain registered to the " + WireName.of(registrant),
                    h -> h.factsOf(Platform.class)
                            .anyMatch(p -> p.owner() != Owner.INDIVIDUAL && p.domainRegistrant() == registrant));
        }
        for (PlatformKind kind : GovernanceGenerators.INDIVIDUALS_KINDS) {
            cases.put(
                    "an individual's " + WireName.of(kind) + " presenting as the CLP's",
                    h -> h.factsOf(Platform.class)
                            .anyMatch(p -> p.owner() == Owner.INDIVIDUAL && p.kind() == kind && p.presentsAsClp()));
        }
        for (int volunteers = 1; volunteers <= 2; volunteers++) {
            int count = volunteers;
            cases.put(
                    "a CLP page, group or account with " + count + " volunteer admin(s) on the day asked about", h -> {
                        ReferenceConcerns concerns = ReferenceConcerns.of(h.facts());
                        return h.factsOf(Platform.class)
                                .anyMatch(p -> p.owner() == Owner.CLP
                                        && concerns.volunteerAdmins(p.id(), h.asOf())
                                                        .size()
                                                == count);
                    });
        }
    }

    private static long signingAdmins(History h, Communication letter) {
        ReferenceConcerns concerns = ReferenceConcerns.of(h.facts());
        return h.factsOf(Platform.class)
                .mapToLong(p -> letter.signedOffBy().stream()
                        .filter(signer -> concerns.isAdminOn(signer, p.id(), letter.on()))
                        .count())
                .max()
                .orElse(0);
    }

    private static boolean anyPost(History h, BiPredicate<ReferenceConcerns, Post> which) {
        ReferenceConcerns concerns = ReferenceConcerns.of(h.facts());
        return h.factsOf(Post.class).anyMatch(p -> which.test(concerns, p));
    }

    private static void offices(Map<String, Predicate<History>> cases) {
        cases.put("an AGM", h -> h.factsOf(Agm.class).findAny().isPresent());
        for (RoleName role : RoleName.values()) {
            cases.put(
                    "an appointment of " + aOrAn(WireName.of(role)),
                    h -> h.factsOf(Appointment.class).anyMatch(a -> a.role() == role));
        }
        for (RoleName role : List.of(RoleName.SECRETARY, RoleName.CHAIR, RoleName.ADMIN, RoleName.MODERATOR)) {
            cases.put(
                    "a departure of " + aOrAn(WireName.of(role)),
                    h -> h.factsOf(Departure.class).anyMatch(d -> d.role() == role));
        }
        for (PlatformKind kind : PlatformKind.values()) {
            cases.put(
                    "a CLP or branch platform of kind " + WireName.of(kind),
                    h -> h.factsOf(Platform.class).anyMatch(p -> p.kind() == kind && p.owner() != Owner.INDIVIDUAL));
        }
        cases.put("a branch platform", h -> h.factsOf(Platform.class).anyMatch(p -> p.owner() == Owner.BRANCH));
        cases.put(
                "a platform an individual owns",
                h -> h.factsOf(Platform.class).anyMatch(p -> p.owner() == Owner.INDIVIDUAL));
        for (int offset = -1; offset <= 1; offset++) {
            int days = offset;
            cases.put(
                    "a password change " + (days < 0 ? "the day before" : days == 0 ? "on the day of" : "the day after")
                            + " a trigger of its platform",
                    h -> ReferenceOffices.of(h.facts()).triggers().stream()
                            .anyMatch(t -> h.factsOf(PasswordChange.class)
                                    .anyMatch(c -> c.platform().equals(t.platform())
                                            && c.on().equals(t.day().plusDays(days)))));
        }
        cases.put("a password unchanged since an AGM", h -> agmAnd(h, false));
        cases.put("a password changed since an AGM", h -> agmAnd(h, true));
    }

    private static void accesses(Map<String, Predicate<History>> cases) {
        cases.put("an opening by an officer", h -> anyAccess(h, (o, a) -> o.isOfficerOn(a.person(), a.on())));
        cases.put(
                "an opening by an admin of the platform opened, not an officer",
                h -> anyAccess(
                        h, (o, a) -> !o.isOfficerOn(a.person(), a.on()) && !o.isUnauthorised(a) && isGoverned(o, a)));
        cases.put(
                "an opening by someone whose only role is moderator",
                h -> anyAccess(h, (o, a) -> o.isOnlyAModeratorOn(a.person(), a.on()) && isGoverned(o, a)));
        cases.put(
                "the password store opened by a moderator",
                h -> anyAccess(
                        h,
                        (o, a) -> o.isOnlyAModeratorOn(a.person(), a.on())
                                && o.platform(a.platform())
                                        .filter(ReferenceOffices::isStore)
                                        .isPresent()));
        cases.put(
                "the password store opened by an officer",
                h -> anyAccess(
                        h,
                        (o, a) -> o.isOfficerOn(a.person(), a.on())
                                && o.platform(a.platform())
                                        .filter(ReferenceOffices::isStore)
                                        .isPresent()));
        cases.put(
                "an unauthorised opening by someone who is not a moderator",
                h -> anyAccess(h, (o, a) -> o.isUnauthorised(a) && !o.isOnlyAModeratorOn(a.person(), a.on())));
        cases.put("an opening on the last day of the opener's role", h -> anyAccess(h, (o, a) -> roleEnding(h, a, 0)));
        cases.put("an opening the day after the opener's role ended", h -> anyAccess(h, (o, a) -> roleEnding(h, a, 1)));
        cases.put(
                "an opening of a platform an individual owns",
                h -> anyAccess(
                        h,
                        (o, a) -> o.platform(a.platform())
                                .filter(p -> p.owner() == Owner.INDIVIDUAL)
                                .isPresent()));
    }

    private static void records(Map<String, Predicate<History>> cases) {
        for (int offset = -1; offset <= 1; offset++) {
            int days = offset;
            cases.put(
                    "a record asked about " + (days < 0 ? "the day before" : days == 0 ? "on the day" : "the day after")
                            + " its 2 years are up",
                    h -> h.factsOf(KeptRecord.class)
                            .anyMatch(r -> yearsUp(r).plusDays(days).equals(h.asOf())));
        }
        for (MonthDay day : new MonthDay[] {MonthDay.of(2, 27), MonthDay.of(2, 28), MonthDay.of(3, 1)}) {
            cases.put(
                    "a record logged on 29 February asked about on " + day.getDayOfMonth() + " "
                            + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " two years on",
                    h -> h.factsOf(KeptRecord.class)
                            .anyMatch(r -> MonthDay.from(r.on()).equals(LEAP_DAY)
                                    && h.asOf().equals(day.atYear(r.on().getYear() + 2))));
        }
        cases.put(
                "a record whose 2 years hold a 29 February, asked about the day before they are up",
                h -> h.factsOf(KeptRecord.class)
                        .anyMatch(r -> yearsUp(r).minusDays(1).equals(h.asOf())
                                && r.on().datesUntil(yearsUp(r))
                                        .anyMatch(d -> MonthDay.from(d).equals(LEAP_DAY))));
        // ESC-5, CMP-6, INT-8, EXT-2: the matter re-decided, or closed by a sibling's referral.
        cases.put(
                "a record of an appeal accepted and then contested by a later decision, past its 2 years",
                h -> pastItsYears(
                        h,
                        (m, r) -> m.appeals().stream()
                                .anyMatch(a -> a.id().equals(r.matter())
                                        && m.closings(a.id()).isEmpty()
                                        && h.factsOf(AppealDecision.class)
                                                .anyMatch(d -> d.appeal().equals(a.id()) && d.accepted()))));
        cases.put(
                "a record of a complaint resolved and then reopened by a later decision, past its 2 years",
                h -> pastItsYears(
                        h,
                        (m, r) -> m.complaints().stream()
                                .anyMatch(c -> c.id().equals(r.matter())
                                        && m.closings(c.id()).isEmpty()
                                        && h.factsOf(ComplaintDecision.class)
                                                .anyMatch(d -> d.complaint().equals(c.id()) && d.resolved()))));
        cases.put(
                "a record of an appeal closed by another appeal's referral, past its 2 years",
                h -> pastItsYears(
                        h,
                        (m, r) -> m.appeals().stream()
                                .anyMatch(a -> a.id().equals(r.matter()) && m.isNational(a) && !referred(h, a.id()))));
        cases.put("a record of no matter, past its 2 years", h -> pastItsYears(h, (m, r) -> r.matter() == null));
        for (boolean appeal : new boolean[] {true, false}) {
            String kind = appeal ? "appeal" : "complaint";
            BiPredicate<ReferenceMatters, String> isKind = (m, matter) -> matter != null
                    && (appeal ? m.appeals() : m.complaints()).stream().anyMatch(f -> f.id().equals(matter));
            cases.put(
                    "a record of an open " + kind + ", past its 2 years",
                    h -> pastItsYears(
                            h,
                            (m, r) -> isKind.test(m, r.matter())
                                    && m.closings(r.matter()).isEmpty()));
            cases.put(
                    "a record of a closed " + kind + ", past its 2 years",
                    h -> pastItsYears(
                            h,
                            (m, r) -> isKind.test(m, r.matter())
                                    && !m.closings(r.matter()).isEmpty()));
        }
        cases.put(
                "a record younger than 2 years of a closed matter",
                h -> h.factsOf(KeptRecord.class)
                        .anyMatch(r -> h.asOf().isBefore(yearsUp(r))
                                && r.matter() != null
                                && !ReferenceMatters.of(h.facts())
                                        .closings(r.matter())
                                        .isEmpty()));
    }

    private static String aOrAn(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private static LocalDate yearsUp(KeptRecord record) {
        return record.on().plusYears(GovernanceHistories.RECORD_YEARS);
    }

    private static boolean pastItsYears(History h, BiPredicate<ReferenceMatters, KeptRecord> which) {
        ReferenceMatters matters = ReferenceMatters.of(h.facts());
        return h.factsOf(KeptRecord.class).anyMatch(r -> !h.asOf().isBefore(yearsUp(r)) && which.test(matters, r));
    }

    private static boolean anyAppeal(History h, BiPredicate<ReferenceMatters, Appeal> which) {
        ReferenceMatters matters = ReferenceMatters.of(h.facts());
        return matters.appeals().stream().anyMatch(a -> which.test(matters, a));
    }

    private static boolean anyComplaint(History h, BiPredicate<ReferenceMatters, Complaint> which) {
        ReferenceMatters matters = ReferenceMatters.of(h.facts());
        return matters.complaints().stream().anyMatch(c -> which.test(matters, c));
    }

    private static boolean referred(History h, String appeal) {
        return h.factsOf(NationalReferral.class).anyMatch(r -> appeal.equals(r.appeal()));
    }

    private static boolean anyAccess(History h, BiPredicate<ReferenceOffices, Access> which) {
        ReferenceOffices offices = ReferenceOffices.of(h.facts());
        return h.factsOf(Access.class).anyMatch(a -> which.test(offices, a));
    }

    private static boolean isGoverned(ReferenceOffices offices, Access access) {
        return offices.platform(access.platform())
                .filter(ReferenceOffices::isGoverned)
                .isPresent();
    }

    private static boolean roleEnding(History h, Access access, int daysAfter) {
        return h.factsOf(Role.class)
                .anyMatch(r -> r.person().equals(access.person())
                        && r.to() != null
                        && r.to().plusDays(daysAfter).equals(access.on()));
    }

    private static boolean agmAnd(History h, boolean changed) {
        ReferenceOffices offices = ReferenceOffices.of(h.facts());
        return h.factsOf(Agm.class)
                .anyMatch(agm -> offices.officersHold().stream()
                        .anyMatch(p -> offices.changedSince(p.id(), agm.on()) == changed));
    }
}
