package org.conductpolicy.internal;

/** A complete {@code parameters.properties}, with the built-in numbers, for tests that load a rule folder. */
final class TestParameters {
    /** Every parameter the policy has, one a line, in the built-in file's order. */
    static final String COMPLETE = """
            warning-window-months = 12
            ban-days = 30
            ban-window-months = 12
            password-change-days = 7
            record-retention-years = 2
            volunteer-admins-per-platform = 2
            admin-team-quorum = 2
            training-renewal-months = 12
            first-training-months = 3
            """;

    private TestParameters() {}
}
