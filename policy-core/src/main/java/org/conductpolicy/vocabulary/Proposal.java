package org.conductpolicy.vocabulary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.AppealRecipient;
import org.conductpolicy.api.ComplaintRecipient;
import org.conductpolicy.api.PasswordReason;
import org.conductpolicy.api.ReviewProblem;
import org.conductpolicy.api.fact.CrisisRecipient;
import org.conductpolicy.api.fact.DecidingBody;
import org.conductpolicy.api.fact.RoleName;
import org.conductpolicy.api.fact.Side;

/**
 * An action a rule proposes, built step by step in the rule's consequence and then inserted logically,
 * so that it is withdrawn if what justified it stops being true while the rules run:
 *
 * <pre>
 * insertLogical(Proposal.of(ActionType.WARN).person($i.person()).incident($i.id()).because("..."));
 * </pre>
 *
 * <p>Each step returns a new proposal; a proposal never changes. A field with a fixed set of values takes
 * only its enum ({@code .to(ComplaintRecipient.SECRETARY)}), so a rule giving a string or another enum's
 * constant does not compile. The engine turns every inserted
 * proposal into an {@link org.conductpolicy.api.Action}, citing the clauses in the proposing rule's
 * {@code @clause} metadata, and any it names with {@link #citing}. A proposal without a {@code due} day
 * is due on the day asked about.
 */
public final class Proposal {
    private final ActionType type;
    private final Map<ActionField, Object> fields;
    private final LocalDate due;
    private final String because;
    private final List<String> cited;

    private Proposal(
            ActionType type, Map<ActionField, Object> fields, LocalDate due, String because, List<String> cited) {
        this.type = type;
        this.fields = fields;
        this.due = due;
        this.because = because;
        this.cited = cited;
    }

    /** A proposal of an action of {@code type}, with no fields yet. */
    public static Proposal of(ActionType type) {
        return new Proposal(Objects.requireNonNull(type, "type"), Map.of(), null, null, List.of());
    }

    /**
     * This proposal with one more field. An enumerated value stays the constant the rule gave, so that
     * the action refuses a constant of an enum its type's field does not take ({@link ActionType#vocabulary}).
     */
    private Proposal with(ActionField field, Object value) {
        Objects.requireNonNull(value, () -> type.wireName() + "." + field.wireName());
        EnumMap<ActionField, Object> more = new EnumMap<>(ActionField.class);
        more.putAll(fields);
        more.put(field, value);
        return new Proposal(type, Collections.unmodifiableMap(more), due, because, cited);
    }

    public Proposal person(String id) {
        return with(ActionField.PERSON, id);
    }

    public Proposal platform(String id) {
        return with(ActionField.PLATFORM, id);
    }

    public Proposal incident(String id) {
        return with(ActionField.INCIDENT, id);
    }

    public Proposal days(int days) {
        return with(ActionField.DAYS, days);
    }

    public Proposal until(LocalDate day) {
        return with(ActionField.UNTIL, day);
    }

    public Proposal windowEnds(LocalDate day) {
        return with(ActionField.WINDOW_ENDS, day);
    }

    public Proposal communication(String id) {
        return with(ActionField.COMMUNICATION, id);
    }

    public Proposal record(String id) {
        return with(ActionField.RECORD, id);
    }

    public Proposal appeal(String id) {
        return with(ActionField.APPEAL, id);
    }

    public Proposal complaint(String id) {
        return with(ActionField.COMPLAINT, id);
    }

    /** The side to be heard, of a {@code hear} action. */
    public Proposal side(Side side) {
        return with(ActionField.SIDE, side);
    }

    /** To whom a {@code route-appeal} action sends the appeal. */
    public Proposal to(AppealRecipient recipient) {
        return with(ActionField.TO, recipient);
    }

    /** To whom a {@code route-complaint} action sends the complaint. */
    public Proposal to(ComplaintRecipient recipient) {
        return with(ActionField.TO, recipient);
    }

    /** To whom a {@code report-crisis} action reports the crisis. */
    public Proposal to(CrisisRecipient recipient) {
        return with(ActionField.TO, recipient);
    }

    /** Who decides, in a {@code decide-appeal} action. */
    public Proposal by(DecidingBody body) {
        return with(ActionField.BY, body);
    }

    /** What made a {@code change-password} action due. */
    public Proposal reason(PasswordReason reason) {
        return with(ActionField.REASON, reason);
    }

    /** The role to appoint, in an {@code appoint-admin} action. */
    public Proposal role(RoleName role) {
        return with(ActionField.ROLE, role);
    }

    public Proposal crisis(String id) {
        return with(ActionField.CRISIS, id);
    }

    public Proposal post(String id) {
        return with(ActionField.POST, id);
    }

    /** The register entry (a sanction's id) a {@code delete-register-entry} names. */
    public Proposal sanction(String id) {
        return with(ActionField.SANCTION, id);
    }

    /** The id of the sanction, appeal, complaint, communication or platform a {@code review} action is about. */
    public Proposal about(String id) {
        return with(ActionField.ABOUT, id);
    }

    /** What the record shows was not done by the procedure, in a {@code review} action (INT-15). */
    public Proposal problem(ReviewProblem problem) {
        return with(ActionField.PROBLEM, problem);
    }

    /** This proposal, due on {@code day} rather than on the day asked about. */
    public Proposal due(LocalDate day) {
        return new Proposal(type, fields, Objects.requireNonNull(day, "due"), because, cited);
    }

    /** This proposal with the sentence that says why, naming the dates that decided it. */
    public Proposal because(String sentence) {
        return new Proposal(type, fields, due, Objects.requireNonNull(sentence, "because"), cited);
    }

    /**
     * This proposal citing more clauses besides its rule's own, for clauses that come from data rather
     * than from the rule, such as the clause a breach breaks or those a password trigger names. One id,
     * or several separated by commas as {@code @clause} writes them ({@code "EXT-1, INT-9"}). The engine
     * refuses a clause the catalogue does not list.
     */
    public Proposal citing(String clauses) {
        Objects.requireNonNull(clauses, "clauses");
        List<String> more = new ArrayList<>(cited);
        for (String clause : clauses.split(",")) {
            more.add(clause.strip());
        }
        return new Proposal(type, fields, due, because, List.copyOf(more));
    }

    public ActionType type() {
        return type;
    }

    public Map<ActionField, Object> fields() {
        return fields;
    }

    /** The day it is due, or {@code null} for the day asked about. */
    public LocalDate due() {
        return due;
    }

    /** Why, or {@code null} if the rule did not say: the engine rejects such a proposal. */
    public String because() {
        return because;
    }

    /** The clauses named with {@link #citing}, besides the proposing rule's own; often none. */
    public List<String> cited() {
        return cited;
    }

    @Override
    public String toString() {
        return type.wireName() + fields;
    }
}
