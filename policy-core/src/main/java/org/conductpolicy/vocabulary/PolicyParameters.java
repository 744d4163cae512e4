package org.conductpolicy.vocabulary;

/**
 * The policy's numbers, in one place: read from a rule set's {@code parameters.properties}, where
 * each is spelled in kebab case ({@code warning-window-months}), and inserted into every session.
 *
 * @param warningWindowMonths how long after a warning another breach brings a ban (ESC-2, INT-1)
 * @param banDays how long a ban lasts (ESC-2)
 * @param banWindowMonths how long after a ban ends another breach brings a lifetime ban (ESC-3, INT-4)
 * @param passwordChangeDays within how many days of its trigger a password change is due (INT-9)
 * @param recordRetentionYears how long a record is kept before it is deleted (ESC-4)
 * @param volunteerAdminsPerPlatform how many volunteer admins each platform has (ROL-4)
 * @param adminTeamQuorum how many admins make an admin-team decision or sign-off (INT-10)
 * @param trainingRenewalMonths how many months after an admin's latest training the next is due (SM-5, EXT-5)
 * @param firstTrainingMonths how many months after appointment an admin never trained since is due
 *     training (SM-5, EXT-5)
 */
public record PolicyParameters(
        int warningWindowMonths,
        int banDays,
        int banWindowMonths,
        int passwordChangeDays,
        int recordRetentionYears,
        int volunteerAdminsPerPlatform,
        int adminTeamQuorum,
        int trainingRenewalMonths,
        int firstTrainingMonths) {
    public PolicyParameters {
        requirePositive(warningWindowMonths, "warning-window-months");
        requirePositive(banDays, "ban-days");
        requirePositive(banWindowMonths, "ban-window-months");
        requirePositive(passwordChangeDays, "password-change-days");
        requirePositive(recordRetentionYears, "record-retention-years");
        requirePositive(volunteerAdminsPerPlatform, "volunteer-admins-per-platform");
        requirePositive(adminTeamQuorum, "admin-team-quorum");
        requirePositive(trainingRenewalMonths, "training-renewal-months");
        requirePositive(firstTrainingMonths, "first-training-months");
    }

    private static void requirePositive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
    }
}
