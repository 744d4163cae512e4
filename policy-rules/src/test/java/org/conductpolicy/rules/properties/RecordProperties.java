package org.conductpolicy.rules.properties;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conductpolicy.api.Action;
import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.PolicyEngine;
import org.conductpolicy.api.fact.KeptRecord;

/** The invariants of the records the Secretary keeps (ESC-4, EXT-2), over governance histories. */
final class RecordProperties {
    private RecordProperties() {}

    // ESC-4, EXT-2
    static final PolicyProperty RECORDS_ARE_KEPT_TWO_YEARS_THEN_DELETED = PolicyProperty.of(
            "no record younger than 2 years is deleted, and every older one is, unless held by an open matter",
            GovernanceHistories.histories(),
            RecordProperties::recordsAreKeptTwoYearsThenDeleted);

    private static Optional<String> recordsAreKeptTwoYearsThenDeleted(PolicyEngine engine, History history) {
        Map<String, LocalDate> deleted = new HashMap<>();
        for (Action deletion : history.decideWith(engine).actionsOf(ActionType.DELETE_RECORD)) {
            if (deleted.put(deletion.text(ActionField.RECORD).orElseThrow(), deletion.due()) != null) {
                return Optional.of(
                        "record " + deletion.text(ActionField.RECORD).orElseThrow() + " is deleted more than once");
            }
        }
        ReferenceMatters matters = ReferenceMatters.of(history.facts());
        for (KeptRecord record : history.factsOf(KeptRecord.class).toList()) {
            Optional<String> failure = check(record, history.asOf(), matters, deleted.get(record.id()));
            if (failure.isPresent()) {
                return failure;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> check(
            KeptRecord record, LocalDate asOf, ReferenceMatters matters, LocalDate deletedFrom) {
        // ESC-4: "Records are kept 2 years and then deleted", by calendar date (INT-1's reading of months).
        LocalDate yearsUp = record.on().plusYears(GovernanceHistories.RECORD_YEARS);
        String what = "record " + record.id() + " logged on " + record.on() + " (2 years up on " + yearsUp + ")";
        if (asOf.isBefore(yearsUp)) {
            return deletedFrom == null
                    ? Optional.empty()
                    : Optional.of(what + " is deleted on " + asOf + ", younger than 2 years");
        }
        // EXT-2: held while its appeal or complaint is open; deleted from the later of its years and the
        // day the matter last closed.
        List<LocalDate> closings = record.matter() == null ? List.of() : matters.closings(record.matter());
        if (record.matter() != null && closings.isEmpty()) {
            return deletedFrom == null
                    ? Optional.empty()
                    : Optional.of(what + " is deleted, but its matter " + record.matter() + " is still open");
        }
        if (deletedFrom == null) {
            return Optional.of(what + " is older than 2 years on " + asOf
                    + (record.matter() == null ? "" : " and its matter " + record.matter() + " has closed")
                    + ", but it is not deleted");
        }
        LocalDate closed = closings.isEmpty() ? yearsUp : closings.get(closings.size() - 1);
        LocalDate due = closed.isAfter(yearsUp) ? closed : yearsUp;
        return due.equals(deletedFrom)
                ? Optional.empty()
                : Optional.of(what + " is to be deleted from " + deletedFrom + ", not " + due);
    }
}
