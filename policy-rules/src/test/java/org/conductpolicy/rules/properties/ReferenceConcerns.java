package org.conductpolicy.rules.properties;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.ComplaintRecipient;
import org.conductpolicy.api.fact.Appeal;
import org.conductpolicy.api.fact.Communication;
import org.conductpolicy.api.fact.Complaint;
import org.conductpolicy.api.fact.Crisis;
import org.conductpolicy.api.fact.CrisisRecipient;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.Owner;
import org.conductpolicy.api.fact.Platform;
import org.conductpolicy.api.fact.PlatformKind;
import org.conductpolicy.api.fact.Post;
import org.conductpolicy.api.fact.Role;
import org.conductpolicy.api.fact.RoleName;
import org.conductpolicy.api.fact.Sanction;
import org.conductpolicy.api.fact.Side;
import org.conductpolicy.api.fact.WireName;

/**
 * What the policy asks next about complaints, ownership and composition, letters, crises and speaking
 * for the CLP, read in plain Java (no Drools) straight from policy-rules/docs/clauses.md and the readings it
 * takes ("Ownership and composition", "Crises", "Speaking for the CLP", "Letters", the state diagram of a
 * complaint). The properties of these concerns compare the rules with it, one concern at a time.
 */
final class ReferenceConcerns {
    /** ROL-4: "Each platform has 2 other volunteer admins." */
    static final int VOLUNTEER_ADMINS_PER_PLATFORM = 2;

    /** INT-10: "a decision or sign-off by at least 2 admins of the platform concerned". */
    static final int ADMIN_TEAM_QUORUM = 2;

    static final Set<ActionType> COMPLAINT_TYPES = Set.of(
            ActionType.ROUTE_COMPLAINT,
            ActionType.MEDIATE,
            ActionType.CONSIDER_SAFEGUARDING,
            ActionType.HEAR,
            ActionType.REFER_TO_NATIONAL,
            ActionType.INFORM_COMPLAINANT);
    static final Set<ActionType> OWNERSHIP_TYPES =
            Set.of(ActionType.TRANSFER_OWNERSHIP, ActionType.TAKE_DOWN, ActionType.APPOINT_ADMIN);
    static final Set<ActionType> LETTER_TYPES = Set.of(ActionType.SIGN_OFF, ActionType.LOG_COMMUNICATION);
    static final Set<ActionType> CRISIS_TYPES = Set.of(ActionType.REPORT_CRISIS);
    static final Set<ActionType> SPEAKING_TYPES = Set.of(ActionType.POST_FROM_PAGE);

    private final List<Fact> facts;

    private ReferenceConcerns(List<Fact> facts) {
        this.facts = List.copyOf(facts);
    }

    static ReferenceConcerns of(List<Fact> facts) {
        return new ReferenceConcerns(facts);
    }

    // ---- who is who (ROL-1, ROL-4, ROL-5) ----

    /** A platform the procedures govern: the CLP's or a branch's, other than the store (OWN-1, ROL-5). */
    static boolean isGoverned(Platform platform) {
        return platform.owner() != Owner.INDIVIDUAL && platform.kind() != PlatformKind.PASSWORD_STORE;
    }

    boolean isOfficerOn(String person, LocalDate day) {
        return roles(person, day).anyMatch(role -> role.role().isOfficer());
    }

    /**
     * Whether {@code person} is an admin of the platform on {@code day}: it is governed, and they hold an
     * admin role on it or are an officer (ROL-1: the officers are admins of every CLP and branch platform).
     */
    boolean isAdminOn(String person, String platform, LocalDate day) {
        return platform(platform).filter(ReferenceConcerns::isGoverned).isPresent()
                && (isOfficerOn(person, day)
                        || roles(person, day)
                                .anyMatch(role -> role.role() == RoleName.ADMIN && platform.equals(role.platform())));
    }

    /** Whether {@code person} is an officer, or an admin of some CLP or branch platform, on {@code day}. */
    boolean isOfficerOrAdminOn(String person, LocalDate day) {
        return facts(Platform.class).anyMatch(platform -> isAdminOn(person, platform.id(), day))
                || isOfficerOn(person, day);
    }

    private Stream<Role> roles(String person, LocalDate day) {
        return facts(Role.class).filter(role -> role.person().equals(person) && role.heldOn(day));
    }

    private Optional<Platform> platform(String id) {
        return facts(Platform.class)
                .filter(platform -> platform.id().equals(id))
                .findFirst();
    }

    // ---- complaints (CMP-1 to CMP-4, CMP-6, CMP-7, ESC-6, INT-8) ----

    /**
     * By the complaint's stage: with the admin team, it goes to them, is mediated when it involves another
     * member (CMP-3), and each side not yet heard is heard; left unresolved by the admin team, it goes to
     * the Secretary and the EC, each side still unheard heard first; left unresolved by the EC, it goes
     * (and may be referred) to the National Complaints team; resolved, the complainant is told. A
     * safeguarding concern is considered at every stage while the CLP holds it (CMP-4); a national
     * complaint asks nothing (INT-8).
     */
    SortedSet<ProposedAction> complaintActions() {
        ReferenceMatters matters = ReferenceMatters.of(facts);
        SortedSet<ProposedAction> actions = new TreeSet<>();
        for (Complaint complaint : matters.complaints()) {
            String id = complaint.id();
            ReferenceMatters.ComplaintStage stage = matters.stageOf(complaint);
            switch (stage) {
                case ADMIN_TEAM -> {
                    actions.add(routeComplaint(id, ComplaintRecipient.ADMIN_TEAM));
                    if (complaint.involvesMember()) {
                        actions.add(action(ActionType.MEDIATE, ActionField.COMPLAINT, id));
                    }
                }
                case EXECUTIVE_COMMITTEE -> {
                    actions.add(routeComplaint(id, ComplaintRecipient.SECRETARY));
                    actions.add(routeComplaint(id, ComplaintRecipient.EXECUTIVE_COMMITTEE));
                }
                case UNRESOLVED -> {
                    actions.add(routeComplaint(id, ComplaintRecipient.NATIONAL_COMPLAINTS));
                    actions.add(action(ActionType.REFER_TO_NATIONAL, ActionField.COMPLAINT, id));
                }
                case RESOLVED -> actions.add(action(ActionType.INFORM_COMPLAINANT, ActionField.COMPLAINT, id));
                case NATIONAL -> {}
            }
            if (stage == ReferenceMatters.ComplaintStage.ADMIN_TEAM
                    || stage == ReferenceMatters.ComplaintStage.EXECUTIVE_COMMITTEE) {
                for (Side side : ReferenceMatters.sidesOf(complaint)) {
                    if (!matters.heard(id).contains(side)) {
                        actions.add(new ProposedAction(
                                ActionType.HEAR,
                                Map.of(ActionField.COMPLAINT, id, ActionField.SIDE, WireName.of(side))));
                    }
                }
            }
            if (complaint.safeguarding() && stage != ReferenceMatters.ComplaintStage.NATIONAL) {
                actions.add(action(ActionType.CONSIDER_SAFEGUARDING, ActionField.COMPLAINT, id));
            }
        }
        return actions;
    }

    private static ProposedAction routeComplaint(String complaint, ComplaintRecipient to) {
        return new ProposedAction(
                ActionType.ROUTE_COMPLAINT, Map.of(ActionField.COMPLAINT, complaint, ActionField.TO, WireName.of(to)));
    }

    // ---- ownership and composition (OWN-1 to OWN-3, INT-13, ROL-1, ROL-4, ROL-5) ----

    /**
     * A CLP or branch website or email whose domain is registered to anyone but the CLP, and an
     * individual's website, email, page or account posing as the CLP's, are transferred (OWN-1, OWN-2,
     * INT-13); an individual's
     * group posing as the CLP's is taken down (OWN-3); a CLP page, group or account with fewer than 2
     * admins in post on {@code asOf} who are not officers that day needs another (ROL-1, ROL-4). A branch
     * composes its own team (ROL-5).
     */
    SortedSet<ProposedAction> ownershipActions(LocalDate asOf) {
        SortedSet<ProposedAction> actions = new TreeSet<>();
        for (Platform platform : facts(Platform.class).toList()) {
            boolean domain = platform.kind() == PlatformKind.WEBSITE || platform.kind() == PlatformKind.EMAIL;
            boolean posing = platform.owner() == Owner.INDIVIDUAL && platform.presentsAsClp();
            // INT-13: a page or account posing as the CLP's is transferred, as a website or email is.
            if ((domain
                            && isGoverned(platform)
                            && platform.domainRegistrant() != null
                            && platform.domainRegistrant() != Owner.CLP)
                    || (posing && platform.kind() != PlatformKind.FACEBOOK_GROUP)) {
                actions.add(action(ActionType.TRANSFER_OWNERSHIP, ActionField.PLATFORM, platform.id()));
            }
            if (platform.kind() == PlatformKind.FACEBOOK_GROUP && posing) {
                actions.add(action(ActionType.TAKE_DOWN, ActionField.PLATFORM, platform.id()));
            }
            if (platform.owner() == Owner.CLP
                    && Set.of(
                                    PlatformKind.FACEBOOK_PAGE,
                                    PlatformKind.FACEBOOK_GROUP,
                                    PlatformKind.INSTAGRAM,
                                    PlatformKind.TWITTER)
                            .contains(platform.kind())
                    && volunteerAdmins(platform.id(), asOf).size() < VOLUNTEER_ADMINS_PER_PLATFORM) {
                actions.add(new ProposedAction(
                        ActionType.APPOINT_ADMIN,
                        Map.of(ActionField.PLATFORM, platform.id(), ActionField.ROLE, WireName.of(RoleName.ADMIN))));
            }
        }
        return actions;
    }

    /** ROL-4: "2 *other* volunteer admins": those holding an admin role on it that day, not officers that day. */
    Set<String> volunteerAdmins(String platform, LocalDate day) {
        return facts(Role.class)
                .filter(role -> role.role() == RoleName.ADMIN && platform.equals(role.platform()) && role.heldOn(day))
                .map(Role::person)
                .filter(person -> !isOfficerOn(person, day))
                .collect(Collectors.toSet());
    }

    // ---- letters (ESC-4, INT-10) ----

    /**
     * A letter not signed off by 2 admins, on its day, of one platform it concerns (a sanction's, an
     * appealed sanction's, or for a letter about nothing on record any one CLP or branch platform) is to be
     * signed off; one signed off but not logged is to be logged with the Secretary.
     */
    SortedSet<ProposedAction> letterActions() {
        SortedSet<ProposedAction> actions = new TreeSet<>();
        for (Communication letter : facts(Communication.class).toList()) {
            boolean signedOff = concerned(letter)
                    .anyMatch(platform -> letter.signedOffBy().stream()
                                    .distinct()
                                    .filter(signer -> isAdminOn(signer, platform, letter.on()))
                                    .count()
                            >= ADMIN_TEAM_QUORUM);
            if (!signedOff) {
                actions.add(action(ActionType.SIGN_OFF, ActionField.COMMUNICATION, letter.id()));
            } else if (!letter.logged()) {
                actions.add(action(ActionType.LOG_COMMUNICATION, ActionField.COMMUNICATION, letter.id()));
            }
        }
        return actions;
    }

    private Stream<String> concerned(Communication letter) {
        if (letter.about() == null) {
            return facts(Platform.class).filter(ReferenceConcerns::isGoverned).map(Platform::id);
        }
        String sanction = facts(Appeal.class)
                .filter(appeal -> appeal.id().equals(letter.about()))
                .map(Appeal::sanction)
                .findFirst()
                .orElse(letter.about());
        return facts(Sanction.class).filter(s -> s.id().equals(sanction)).map(Sanction::platform);
    }

    // ---- crises (SM-4) ----

    /** A crisis reported to nobody goes to the SMO; one with the SMO to an EC officer; one with an EC officer, nothing. */
    SortedSet<ProposedAction> crisisActions() {
        SortedSet<ProposedAction> actions = new TreeSet<>();
        for (Crisis crisis : facts(Crisis.class).toList()) {
            Optional<CrisisRecipient> next = crisis.reportedTo() == null
                    ? Optional.of(CrisisRecipient.SOCIAL_MEDIA_OFFICER)
                    : crisis.reportedTo() == CrisisRecipient.SOCIAL_MEDIA_OFFICER
                            ? Optional.of(CrisisRecipient.EC_OFFICER)
                            : Optional.empty();
            next.ifPresent(to -> actions.add(new ProposedAction(
                    ActionType.REPORT_CRISIS,
                    Map.of(ActionField.CRISIS, crisis.id(), ActionField.TO, WireName.of(to)))));
        }
        return actions;
    }

    // ---- speaking for the CLP (BEH-2, BEH-3) ----

    /**
     * A post that speaks for the CLP, by an officer or an admin of a CLP or branch platform on its day,
     * anywhere but a CLP page (the CLP's Facebook page, Instagram, Twitter or website) is to be posted from
     * the page (BEH-3); a post that does not speak for the CLP is personal opinion (BEH-2).
     */
    SortedSet<ProposedAction> speakingActions() {
        SortedSet<ProposedAction> actions = new TreeSet<>();
        for (Post post : facts(Post.class).toList()) {
            boolean fromAClpPage = platform(post.platform())
                    .filter(platform -> platform.owner() == Owner.CLP
                            && Set.of(
                                            PlatformKind.FACEBOOK_PAGE,
                                            PlatformKind.INSTAGRAM,
                                            PlatformKind.TWITTER,
                                            PlatformKind.WEBSITE)
                                    .contains(platform.kind()))
                    .isPresent();
            if (post.speaksForClp() && !fromAClpPage && isOfficerOrAdminOn(post.author(), post.on())) {
                actions.add(action(ActionType.POST_FROM_PAGE, ActionField.POST, post.id()));
            }
        }
        return actions;
    }

    private static ProposedAction action(ActionType type, ActionField field, String id) {
        return new ProposedAction(type, Map.of(field, id));
    }

    private <F extends Fact> Stream<F> facts(Class<F> type) {
        return facts.stream().filter(type::isInstance).map(type::cast);
    }
}
