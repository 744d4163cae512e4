package org.conductpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conductpolicy.rules.Rules.day;
import static org.conductpolicy.rules.Rules.decide;

import org.conductpolicy.api.ActionField;
import org.conductpolicy.api.ActionType;
import org.conductpolicy.api.Decision;
import org.conductpolicy.api.fact.Crisis;
import org.conductpolicy.api.fact.CrisisRecipient;
import org.junit.jupiter.api.Test;

/** Where a crisis goes next: crises.drl. */
class CrisesTest {
    @Test // SM-4: "reported straight away to the SMO"
    void aCrisisReportedToNobodyGoesToTheSocialMediaOfficerAtOnce() {
        Decision decision = decide("2025-06-02", new Crisis("crisis-1", day("2025-06-01"), null));

        assertThat(decision.actions()).singleElement().satisfies(action -> {
            assertThat(action.type()).isEqualTo(ActionType.REPORT_CRISIS);
            assertThat(action.text(ActionField.CRISIS)).contains("crisis-1");
            assertThat(action.text(ActionField.TO)).contains("social-media-officer");
            assertThat(action.due()).isEqualTo(day("2025-06-02"));
            assertThat(action.clauses()).containsExactly("SM-4");
        });
    }

    @Test // SM-4: "who takes it to the appropriate EC officer"
    void aCrisisWithTheSocialMediaOfficerGoesOnToAnEcOfficer() {
        Decision decision =
                decide("2025-06-02", new Crisis("crisis-1", day("2025-06-01"), CrisisRecipient.SOCIAL_MEDIA_OFFICER));

        assertThat(decision.actions())
                .singleElement()
                .satisfies(action -> assertThat(action.text(ActionField.TO)).contains("ec-officer"));
    }

    @Test // SM-4: once with an EC officer, the procedure has run its course
    void aCrisisWithAnEcOfficerNeedsNothingMore() {
        Decision decision = decide("2025-06-02", new Crisis("crisis-1", day("2025-06-01"), CrisisRecipient.EC_OFFICER));

        assertThat(decision.isEmpty()).isTrue();
    }
}
