package org.conductpolicy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.conductpolicy.api.PolicyRulesException;
import org.conductpolicy.vocabulary.PolicyParameters;
import org.junit.jupiter.api.Test;

/** The policy's numbers are read from one file, strictly. */
class ParametersFileTest {
    private static final String COMPLETE = TestParameters.COMPLETE;

    @Test
    void every_number_is_read_by_its_kebab_case_name() {
        PolicyParameters parameters = ParametersFile.parse("parameters.properties", COMPLETE);

        assertThat(parameters).isEqualTo(new PolicyParameters(12, 30, 12, 7, 2, 2, 2, 12, 3));
    }

    @Test
    void a_missing_number_is_named() {
        String withoutBanDays = COMPLETE.replace("ban-days = 30\n", "");

        assertThatThrownBy(() -> ParametersFile.parse("rules/parameters.properties", withoutBanDays))
                .isInstanceOf(PolicyRulesException.class)
                .hasMessageContaining("rules/parameters.properties: 'ban-days' is missing");
    }

    @Test
    void a_malformed_or_unknown_number_is_named_with_its_line() {
        String malformed = COMPLETE.replace("ban-days = 30", "ban-days = thirty") + "ban-weeks = 4\n";

        assertThatThrownBy(() -> ParametersFile.parse("parameters.properties", malformed))
                .hasMessageContaining("parameters.properties:2: 'ban-days' must be a whole number, not 'thirty'")
                .hasMessageContaining("parameters.properties:10: 'ban-weeks' is not a parameter");
    }

    @Test
    void a_number_that_is_not_positive_is_refused() {
        assertThatThrownBy(() -> ParametersFile.parse("p", COMPLETE.replace("ban-days = 30", "ban-days = 0")))
                .hasMessageContaining("ban-days must be positive, not 0");
    }
}
