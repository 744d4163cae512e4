package org.conductpolicy.api.fact;

import org.conductpolicy.api.InvalidFactException;

/** The checks shared by facts that belong to exactly one appeal or one complaint. */
final class Matter {
    private Matter() {}

    static void requireExactlyOne(String appeal, String complaint, FactType type) {
        Required.optional(appeal, type, "appeal");
        Required.optional(complaint, type, "complaint");
        if (appeal == null && complaint == null) {
            throw InvalidFactException.of(type, "appeal", "or 'complaint' is required");
        }
        if (appeal != null && complaint != null) {
            throw InvalidFactException.of(type, "complaint", "cannot be given together with 'appeal'");
        }
    }

    /** The matter a step belongs to: its appeal or, when it has none, its complaint. */
    static Reference of(String appeal, String complaint) {
        return appeal != null
                ? new Reference("appeal", FactType.APPEAL, appeal)
                : new Reference("complaint", FactType.COMPLAINT, complaint);
    }
}
