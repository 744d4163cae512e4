package org.conductpolicy.rules.properties;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.fact.Appeal;
import org.conductpolicy.api.fact.Complaint;
import org.conductpolicy.api.fact.Side;

/** The invariants of appeals and complaints (ESC-5, ESC-6, ESC-7, INT-8, INT-11), over governance histories. */
final class AppealProperties {
    private AppealProperties() {}

    // ESC-5, ESC-6, ESC-7, INT-8, INT-11
    static final PolicyProperty HEARD_ROUTED_AND_CLOSED_BY_THE_POLICY = PolicyProperty.of(
            "no appeal is decided before both sides are heard, none is routed to an involved Secretary,"
                    + " and nothing is proposed about an appeal or complaint after its national referral",
            GovernanceHistories.histories(),
            AppealProperties::heardRoutedAndClosedByThePolicy);

    private static Optional<String> heardRoutedAndClosedByThePolicy(PolicyEngine engine, History history) {
        Decision decision = history.decideWith(engine);
        ReferenceMatters matters = ReferenceMatters.of(history.facts());
        Map<String, Appeal> appeals =
                matters.appeals().stream().collect(Collectors.toMap(Appeal::id, Function.identity()));
        return nothingAfterANationalReferral(decision, matters, appeals)
                .or(() -> decidedOnlyWhenBothSidesAreHeard(decision, matters))
                .or(() -> routedAwayFromAnInvolvedSecretary(decision, matters, appeals));
    }

    // INT-8: "after a national referral the CLP proposes no further decision on that matter"; an appeal's
    // matter is the sanction appealed against, a complaint's the complaint (policy-rules/docs/clauses.md).
    private static Optional<String> nothingAfterANationalReferral(
            Decision decision, ReferenceMatters matters, Map<String, Appeal> appeals) {
        Set<String> referredComplaints = matters.complaints().stream()
                .filter(matters::isReferred)
                .map(Complaint::id)
                .collect(Collectors.toSet());
        for (Action action : decision.actions()) {
            Optional<String> appeal = action.text(ActionField.APPEAL);
            if (appeal.isPresent() && matters.isNational(appeals.get(appeal.get()))) {
                return Optional.of(describe(action) + " is proposed, but appeal " + appeal.get()
                        + " is against sanction " + appeals.get(appeal.get()).sanction()
                        + ", a national matter since an appeal against it was referred");
            }
            Optional<String> complaint = action.text(ActionField.COMPLAINT);
            if (complaint.isPresent() && referredComplaints.contains(complaint.get())) {
                return Optional.of(describe(action) + " is proposed, but complaint " + complaint.get()
                        + " was referred to the National Complaints team");
            }
        }
        return Optional.empty();
    }

    // ESC-6: "No decision is made without hearing both sides"; ESC-5: once they are, the EC decides.
    private static Optional<String> decidedOnlyWhenBothSidesAreHeard(Decision decision, ReferenceMatters matters) {
        Set<String> toDecide = appealIds(decision, ActionType.DECIDE_APPEAL);
        for (String appeal : toDecide) {
            Set<Side> heard = matters.heard(appeal);
            if (!heard.containsAll(List.of(Side.APPELLANT, Side.ADMIN_TEAM))) {
                return Optional.of(
                        "decide-appeal is proposed for appeal " + appeal + ", but only " + heard + " have been heard");
            }
        }
        Set<String> ready = matters.appeals().stream()
                .filter(appeal -> !matters.isNational(appeal)
                        && matters.decisionOn(appeal).isEmpty())
                .filter(appeal -> matters.heard(appeal.id()).containsAll(List.of(Side.APPELLANT, Side.ADMIN_TEAM)))
                .map(Appeal::id)
                .collect(Collectors.toCollection(TreeSet::new));
        return ready.equals(toDecide)
                ? Optional.empty()
                : Optional.of("the undecided appeals heard on both sides are " + ready
                        + ", but decide-appeal is proposed for " + toDecide);
    }

    // ESC-5: "An appeal is written to the Secretary, or to a trusted EC officer if the Secretary is involved";
    // INT-11: who is involved. Routing lasts while it is lodged and nobody is heard (policy-rules/docs/clauses.md).
    private static Optional<String> routedAwayFromAnInvolvedSecretary(
            Decision decision, ReferenceMatters matters, Map<String, Appeal> appeals) {
        Map<String, String> routed = new TreeMap<>();
        for (Action route : decision.actionsOf(ActionType.ROUTE_APPEAL)) {
            String appeal = route.text(ActionField.APPEAL).orElseThrow();
            String to = route.text(ActionField.TO).orElseThrow();
            Optional<String> involvement = matters.secretaryInvolvement(appeals.get(appeal));
            if (involvement.isPresent() && !to.equals("ec-officer")) {
                return Optional.of("appeal " + appeal + " is routed to " + to + ", but the Secretary is involved: "
                        + involvement.get());
            }
            if (involvement.isEmpty() && !to.equals("secretary")) {
                return Optional.of("appeal " + appeal + " is routed to " + to
                        + ", but the Secretary is not involved, so it goes to the Secretary");
            }
            if (routed.put(appeal, to) != null) {
                return Optional.of("appeal " + appeal + " is routed more than once");
            }
        }
        Set<String> lodged = matters.appeals().stream()
                .filter(appeal -> !matters.isNational(appeal)
                        && matters.decisionOn(appeal).isEmpty()
                        && matters.heard(appeal.id()).isEmpty())
                .map(Appeal::id)
                .collect(Collectors.toCollection(TreeSet::new));
        return lodged.equals(routed.keySet())
                ? Optional.empty()
                : Optional.of(
                        "the lodged appeals are " + lodged + ", but route-appeal is proposed for " + routed.keySet());
    }

    private static Set<String> appealIds(Decision decision, ActionType type) {
        return decision.actionsOf(type).stream()
                .map(action -> action.text(ActionField.APPEAL).orElseThrow())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static String describe(Action action) {
        return action.type().wireName() + " " + action.fields();
    }
}
