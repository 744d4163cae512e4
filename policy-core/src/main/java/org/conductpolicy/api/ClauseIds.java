package org.conductpolicy.api;

import java.util.Comparator;

/** The order of clause ids: by their letters, then by their number, so that CoC-4 comes before CoC-10. */
final class ClauseIds {
    static final Comparator<String> ORDER = Comparator.comparing(ClauseIds::prefix)
            .thenComparingInt(ClauseIds::number)
            .thenComparing(id -> id);

    private ClauseIds() {}

    private static String prefix(String id) {
        int dash = id.lastIndexOf('-');
        return dash < 0 ? id : id.substring(0, dash);
    }

    private static int number(String id) {
        int dash = id.lastIndexOf('-');
        try {
            return dash < 0 ? 0 : Integer.parseInt(id.substring(dash + 1));
        } catch (NumberFormatException notNumbered) {
            return 0;
        }
    }
}
