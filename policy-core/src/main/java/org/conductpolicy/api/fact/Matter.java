package org.conductpolicy.api.fact;

import java.util.List;
import org.conductpolicy.api.InvalidFactException;

/** The checks shared by facts that belong to exactly one appeal or one complaint. */
final class Matter {
    private Matter() {}

    static void requireExactlyOne(String appeal, String complaint, String type) {
        Required.optional(appeal, type, null, "appeal");
        Required.optional(complaint, type, null, "complaint");
        if (appeal == null && complaint == null) {
            throw new InvalidFactException(type, null, "appeal", "or 'complaint' is required");
        }
        if (appeal != null && complaint != null) {
            throw new InvalidFactException(type, null, "complaint", "cannot be given together with 'appeal'");
        }
    }

    static List<Reference> referenceTo(String appeal, String complaint) {
        return appeal != null
                ? List.of(new Reference("appeal", "appeal", appeal))
                : List.of(new Reference("complaint", "complaint", complaint));
    }
}
