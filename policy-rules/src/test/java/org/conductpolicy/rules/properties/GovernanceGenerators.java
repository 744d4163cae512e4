package org.conductpolicy.rules.properties;

import static org.quicktheories.api.Pair.of;

import java.util.List;
import org.conductpolicy.api.fact.CrisisRecipient;
import org.conductpolicy.api.fact.DecidingBody;
import org.conductpolicy.api.fact.Owner;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.PlatformKind;
import org.conductpolicy.api.fact.RoleName;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The small generators a governance history is drawn from (appeals, complaints, roles, passwords,
 * accesses, records), one job each. Each shrinks towards the simplest choice: the first option of a
 * weighted choice, the low end of a range.
 */
final class GovernanceGenerators {
    private GovernanceGenerators() {}

    /** What happens next in a simulated governance history. */
    enum Event {
        AGM,
        APPOINT,
        DEPART,
        CHANGE_EVERY_PASSWORD,
        CHANGE_A_PASSWORD,
        ACCESS,
        SANCTION_AND_APPEAL,
        APPEAL_THE_SAME_SANCTION_AGAIN,
        HEAR_A_SIDE,
        DECIDE_AN_APPEAL,
        FOLLOW_A_MATTER_THROUGH,
        COMPLAINT,
        DECIDE_A_COMPLAINT,
        REFER_TO_NATIONAL,
        LOG_A_RECORD,
        ACCEPTED_APPEAL_LATER_CONTESTED,
        RESOLVED_COMPLAINT_REOPENED,
        SIBLING_APPEALS_ONE_REFERRED,
        LETTER,
        CRISIS,
        POST
    }

    /** Whose opening of a platform comes next: people with every kind of role, and none. */
    enum Opener {
        AN_OFFICER,
        AN_ADMIN,
        A_MODERATOR,
        AN_EC_OFFICER,
        SOMEONE_WHO_LEFT,
        ANYONE
    }

    /**
     * What happens next in a history in which the procedure is followed ({@link FollowedHistories}): what
     * the world does, to which the policy then answers.
     */
    enum Happening {
        BREACH,
        REPEAT_BREACH,
        APPEAL,
        COMPLAINT,
        AGM,
        LETTER
    }

    /** Who appeals a sanction: anyone, or on purpose the Secretary in post (INT-11, a party to the dispute). */
    enum Appellant {
        ANYONE,
        THE_SECRETARY
    }

    /** Who signs off the letter about a sanction: nobody on record, others, or the Secretary (INT-11). */
    enum Letter {
        NONE,
        SIGNED_OFF_BY_OTHERS,
        SIGNED_OFF_BY_THE_SECRETARY
    }

    /** What a record belongs to (EXT-2). */
    enum RecordMatter {
        NOTHING,
        AN_APPEAL,
        A_COMPLAINT
    }

    /** When the question is asked: soon after the last event, or on purpose around a record's 2 years. */
    enum Question {
        SOON_AFTER,
        THE_DAY_BEFORE_A_RECORDS_YEARS_ARE_UP,
        THE_DAY_A_RECORDS_YEARS_ARE_UP,
        THE_DAY_AFTER_A_RECORDS_YEARS_ARE_UP,
        YEARS_LATER
    }

    /** The roles a person may be appointed to. */
    static final List<RoleName> OFFICERS = List.of(RoleName.CHAIR, RoleName.SECRETARY, RoleName.SOCIAL_MEDIA_OFFICER);

    /** Two to four people: enough for an officer, an admin and an appellant. */
    static Gen<Integer> peopleCounts() {
        return Generate.range(2, 4);
    }

    /** One to three platforms the procedures govern. */
    static Gen<Integer> platformCounts() {
        return Generate.range(1, 3);
    }

    /** A CLP platform of any kind but the store, or now and then a branch's (ROL-5). */
    static Gen<Platform> governedPlatform(int number) {
        Gen<PlatformKind> kinds = Generate.pick(List.of(
                PlatformKind.FACEBOOK_PAGE,
                PlatformKind.FACEBOOK_GROUP,
                PlatformKind.TWITTER,
                PlatformKind.INSTAGRAM,
                PlatformKind.WEBSITE,
                PlatformKind.EMAIL));
        Gen<Owner> owners =
                Generate.frequency(of(3, Generate.constant(Owner.CLP)), of(1, Generate.constant(Owner.BRANCH)));
        return in -> {
            PlatformKind kind = kinds.generate(in);
            Owner owner = owners.generate(in);
            Owner registrant = kind == PlatformKind.WEBSITE || kind == PlatformKind.EMAIL
                    ? domainRegistrants().generate(in)
                    : null;
            return new Platform(platformId(owner, kind, number), kind, owner, registrant, false);
        };
    }

    /** A platform an individual owns, of a kind OWN-1 and OWN-3 speak of, posing as the CLP's or not. */
    static Gen<Platform> individualsPlatform() {
        return in -> {
            PlatformKind kind = individualsKinds().generate(in);
            return new Platform(
                    platformId(Owner.INDIVIDUAL, kind, 1).replace("individual-", "members-own-"),
                    kind,
                    Owner.INDIVIDUAL,
                    null,
                    presentsAsClp().generate(in));
        };
    }

    private static String platformId(Owner owner, PlatformKind kind, int number) {
        String shortKind = switch (kind) {
            case FACEBOOK_PAGE -> "page";
            case FACEBOOK_GROUP -> "group";
            default -> kind.name().toLowerCase(java.util.Locale.ROOT);
        };
        return owner.name().toLowerCase(java.util.Locale.ROOT) + "-" + shortKind + "-" + number;
    }

    /** The password store (SEC-1): in most histories. */
    static Gen<Boolean> hasPasswordStore() {
        return CaseGenerators.flag(false, 1, 3);
    }

    /** A platform an individual owns, which the procedures do not govern: now and then. */
    static Gen<Boolean> hasIndividualsPlatform() {
        return CaseGenerators.flag(false, 3, 1);
    }

    /** Whether an officer's or volunteer's role is already held when the history starts. */
    static Gen<Boolean> heldFromTheStart() {
        return CaseGenerators.flag(false, 1, 2);
    }

    /** Whether a platform's admin from the start has a second volunteer admin beside them (ROL-4): as often as not. */
    static Gen<Boolean> secondAdmin() {
        return Generate.booleans();
    }

    /** How many events a history has: shrinks to one. */
    static Gen<Integer> eventCounts() {
        return Generate.range(1, 15);
    }

    /** Days between events: often none (two things on one day) or one, sometimes weeks or months. */
    static Gen<Integer> gaps() {
        return Generate.frequency(
                of(3, Generate.constant(0)),
                of(2, Generate.constant(1)),
                of(3, Generate.range(2, 30)),
                of(1, Generate.range(31, 200)));
    }

    /** The next event. */
    static Gen<Event> events() {
        return Generate.frequency(
                of(2, Generate.constant(Event.AGM)),
                of(3, Generate.constant(Event.APPOINT)),
                of(2, Generate.constant(Event.DEPART)),
                of(2, Generate.constant(Event.CHANGE_EVERY_PASSWORD)),
                of(2, Generate.constant(Event.CHANGE_A_PASSWORD)),
                of(4, Generate.constant(Event.ACCESS)),
                of(3, Generate.constant(Event.SANCTION_AND_APPEAL)),
                of(2, Generate.constant(Event.APPEAL_THE_SAME_SANCTION_AGAIN)),
                of(4, Generate.constant(Event.HEAR_A_SIDE)),
                of(2, Generate.constant(Event.DECIDE_AN_APPEAL)),
                of(4, Generate.constant(Event.FOLLOW_A_MATTER_THROUGH)),
                of(3, Generate.constant(Event.COMPLAINT)),
                of(3, Generate.constant(Event.DECIDE_A_COMPLAINT)),
                of(2, Generate.constant(Event.REFER_TO_NATIONAL)),
                of(4, Generate.constant(Event.LOG_A_RECORD)),
                of(2, Generate.constant(Event.ACCEPTED_APPEAL_LATER_CONTESTED)),
                of(2, Generate.constant(Event.RESOLVED_COMPLAINT_REOPENED)),
                of(1, Generate.constant(Event.SIBLING_APPEALS_ONE_REFERRED)),
                of(2, Generate.constant(Event.LETTER)),
                of(1, Generate.constant(Event.CRISIS)),
                of(2, Generate.constant(Event.POST)));
    }

    /** The next happening of a history in which the procedure is followed: breaches most often. */
    static Gen<Happening> happenings() {
        return Generate.frequency(
                of(3, Generate.constant(Happening.BREACH)),
                of(3, Generate.constant(Happening.REPEAT_BREACH)),
                of(3, Generate.constant(Happening.APPEAL)),
                of(2, Generate.constant(Happening.COMPLAINT)),
                of(1, Generate.constant(Happening.AGM)),
                of(2, Generate.constant(Happening.LETTER)));
    }

    /** How many happenings a history in which the procedure is followed has: shrinks to one. */
    static Gen<Integer> happeningCounts() {
        return Generate.range(1, 6);
    }

    /** Days between what is proposed and its being done: on the day, the next or the one after (all on time). */
    static Gen<Integer> daysToCarryOut() {
        return Generate.range(0, 2);
    }

    /** The role of a new appointment: every role, officers and volunteers alike. */
    static Gen<RoleName> appointedRoles() {
        return Generate.frequency(
                of(2, Generate.constant(RoleName.ADMIN)),
                of(2, Generate.constant(RoleName.MODERATOR)),
                of(1, Generate.constant(RoleName.CHAIR)),
                of(2, Generate.constant(RoleName.SECRETARY)),
                of(1, Generate.constant(RoleName.SOCIAL_MEDIA_OFFICER)),
                of(1, Generate.constant(RoleName.EC_OFFICER)));
    }

    /** Whether a round of password changes leaves one password unchanged: now and then. */
    static Gen<Boolean> leavesOneOut() {
        return CaseGenerators.flag(false, 2, 1);
    }

    /** How many steps an appeal or complaint is taken on at once: hearings, decisions, a referral. */
    static Gen<Integer> stepsThrough() {
        return Generate.range(1, 4);
    }

    /** Whether a choice goes, on purpose, to the most interesting candidate (listed first) rather than any. */
    static Gen<Boolean> prefersTheFirst() {
        return Generate.booleans();
    }

    /** Whose opening of a platform comes next: a moderator a little more often (SEC-1, SEC-3: they hold nothing). */
    static Gen<Opener> openers() {
        return Generate.frequency(
                of(2, Generate.constant(Opener.AN_OFFICER)),
                of(2, Generate.constant(Opener.AN_ADMIN)),
                of(3, Generate.constant(Opener.A_MODERATOR)),
                of(2, Generate.constant(Opener.AN_EC_OFFICER)),
                of(2, Generate.constant(Opener.SOMEONE_WHO_LEFT)),
                of(2, Generate.constant(Opener.ANYONE)));
    }

    /** Days after the last day of a role that its former holder opens a platform: that day or the next. */
    static Gen<Integer> daysAfterLeaving() {
        return Generate.range(0, 1);
    }

    /** Whether someone opens the platform their role is about, or another (SEC-2): as often as not. */
    static Gen<Boolean> opensTheirOwnPlatform() {
        return CaseGenerators.flag(true, 1, 1);
    }

    /** Who appeals a sanction. */
    static Gen<Appellant> appellants() {
        return Generate.frequency(
                of(3, Generate.constant(Appellant.ANYONE)), of(2, Generate.constant(Appellant.THE_SECRETARY)));
    }

    /** Whether the appeal itself records the Secretary as involved (INT-11): now and then. */
    static Gen<Boolean> secretaryInvolved() {
        return CaseGenerators.flag(false, 2, 1);
    }

    /** The letter about a sanction. */
    static Gen<Letter> letters() {
        return Generate.frequency(
                of(2, Generate.constant(Letter.NONE)),
                of(1, Generate.constant(Letter.SIGNED_OFF_BY_OTHERS)),
                of(2, Generate.constant(Letter.SIGNED_OFF_BY_THE_SECRETARY)));
    }

    /** The body that decides a complaint at the admin-team stage: the admin team, now and then the EC at once. */
    static Gen<DecidingBody> firstDeciders() {
        return Generate.frequency(
                of(4, Generate.constant(DecidingBody.ADMIN_TEAM)),
                of(1, Generate.constant(DecidingBody.EXECUTIVE_COMMITTEE)));
    }

    /** Whether a decision resolves a complaint, or the appellant accepts an appeal's: as often as not. */
    static Gen<Boolean> settles() {
        return Generate.booleans();
    }

    /** Whether the sides still unheard are heard before a decision: almost always (ESC-6). */
    static Gen<Boolean> hearsBeforeDeciding() {
        return CaseGenerators.flag(true, 4, 1);
    }

    /** Whether a referral goes, on purpose, to a matter the CLP left contested or unresolved. */
    static Gen<Boolean> refersAContestedMatter() {
        return CaseGenerators.flag(true, 2, 1);
    }

    /** Whether the CLP records more about a matter after its referral (a hearing, a decision): now and then. */
    static Gen<Boolean> recordsMoreAfterAReferral() {
        return CaseGenerators.flag(false, 2, 1);
    }

    /** Whether someone who leaves a role opens a platform on their last day or the next: now and then. */
    static Gen<Boolean> leaverOpensAPlatform() {
        return CaseGenerators.flag(false, 2, 1);
    }

    /** Whether a complaint involves another member (CMP-3) or raises safeguarding (CMP-4): often. */
    static Gen<Boolean> complaintFlags() {
        return Generate.booleans();
    }

    /** What a record belongs to. */
    static Gen<RecordMatter> recordMatters() {
        return Generate.frequency(
                of(2, Generate.constant(RecordMatter.NOTHING)),
                of(2, Generate.constant(RecordMatter.AN_APPEAL)),
                of(2, Generate.constant(RecordMatter.A_COMPLAINT)));
    }

    /** Whether a record of a new appeal or complaint is logged the day it comes: as often as not. */
    static Gen<Boolean> recordsANewMatter() {
        return Generate.booleans();
    }

    /** Whether a record is logged, on purpose, on the next 29 February. */
    static Gen<Boolean> loggedOnALeapDay() {
        return CaseGenerators.flag(false, 1, 1);
    }

    /** When the question is asked. */
    static Gen<Question> questions() {
        return Generate.frequency(
                of(3, Generate.constant(Question.SOON_AFTER)),
                of(2, Generate.constant(Question.THE_DAY_BEFORE_A_RECORDS_YEARS_ARE_UP)),
                of(2, Generate.constant(Question.THE_DAY_A_RECORDS_YEARS_ARE_UP)),
                of(2, Generate.constant(Question.THE_DAY_AFTER_A_RECORDS_YEARS_ARE_UP)),
                of(3, Generate.constant(Question.YEARS_LATER)));
    }

    /** Whether a letter is about a sanction or appeal on record (mostly) rather than about nothing on record. */
    static Gen<Boolean> lettersAboutAMatter() {
        return CaseGenerators.flag(true, 2, 1);
    }

    /** How many people sign a letter off: none to three, around the quorum of 2 (INT-10). */
    static Gen<Integer> signerCounts() {
        return Generate.frequency(
                of(1, Generate.constant(0)),
                of(2, Generate.constant(1)),
                of(3, Generate.constant(2)),
                of(1, Generate.constant(3)));
    }

    /** Whether a signer is an admin of the platform concerned on the letter's day (mostly), or anyone. */
    static Gen<Boolean> signsAsAnAdmin() {
        return CaseGenerators.flag(true, 3, 1);
    }

    /** Whether a letter has been logged with the Secretary (ESC-4): as often as not. */
    static Gen<Boolean> logged() {
        return Generate.booleans();
    }

    /** Whom a crisis has been reported to so far (SM-4): nobody, the SMO or an EC officer. */
    static Gen<java.util.Optional<CrisisRecipient>> crisisRecipients() {
        return Generate.frequency(
                of(1, Generate.constant(java.util.Optional.<CrisisRecipient>empty())),
                of(1, Generate.constant(java.util.Optional.of(CrisisRecipient.SOCIAL_MEDIA_OFFICER))),
                of(1, Generate.constant(java.util.Optional.of(CrisisRecipient.EC_OFFICER))));
    }

    /** Whether a post is by an officer or admin in post that day (mostly), or by anyone. */
    static Gen<Boolean> postsByAnOfficerOrAdmin() {
        return CaseGenerators.flag(true, 2, 1);
    }

    /** Whether a post speaks for the CLP (BEH-3) or is personal opinion (BEH-2): as often as not. */
    static Gen<Boolean> speaksForClp() {
        return Generate.booleans();
    }

    /** Whom a CLP or branch website's or email's domain is registered to (OWN-2): not recorded, the CLP, or another. */
    static Gen<Owner> domainRegistrants() {
        return Generate.frequency(
                of(2, Generate.constant((Owner) null)),
                of(2, Generate.constant(Owner.CLP)),
                of(1, Generate.constant(Owner.BRANCH)),
                of(1, Generate.constant(Owner.INDIVIDUAL)));
    }

    /**
     * The kinds of platform an individual may own that OWN-1, OWN-3 and INT-13 speak of: a group, a website,
     * an email, a Facebook page, an Instagram or Twitter account.
     */
    static final List<PlatformKind> INDIVIDUALS_KINDS = List.of(
            PlatformKind.FACEBOOK_GROUP,
            PlatformKind.WEBSITE,
            PlatformKind.EMAIL,
            PlatformKind.FACEBOOK_PAGE,
            PlatformKind.INSTAGRAM,
            PlatformKind.TWITTER);

    /** The kind of a platform an individual owns: any of {@link #INDIVIDUALS_KINDS}. */
    static Gen<PlatformKind> individualsKinds() {
        return Generate.pick(INDIVIDUALS_KINDS);
    }

    /** Whether an individual's platform presents itself as the CLP's (OWN-1, OWN-3): as often as not. */
    static Gen<Boolean> presentsAsClp() {
        return Generate.booleans();
    }

    /** Days from the last event to a question asked soon after. */
    static Gen<Integer> finalGaps() {
        return Generate.frequency(of(3, Generate.range(0, 7)), of(1, Generate.range(8, 120)));
    }
}
