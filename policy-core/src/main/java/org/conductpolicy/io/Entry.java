package org.conductpolicy.io;

import org.conductpolicy.api.SafeText;

/**
 * Which entry of a case file a problem is in: the file's top level, a fact or an expectation.
 *
 * @param place the entry as messages name it, such as {@code fact 3 (sanction 's1')} or {@code expect 2};
 *     {@code null} for the top level
 * @param factId the id of the fact, when the entry is a fact that has one
 */
record Entry(String place, String factId) {
    /** The file's top level: {@code name}, {@code asOf} and the lists. */
    static final Entry TOP_LEVEL = new Entry(null, null);

    /** A fact whose type is not known yet. */
    static Entry fact(int position) {
        return new Entry("fact " + position, null);
    }

    /** A fact of a known type, with its id when it has one. */
    static Entry fact(int position, String type, String id) {
        return new Entry(
                "fact " + position + " (" + (id == null ? type : type + " '" + SafeText.of(id) + "'") + ")", id);
    }

    /** The {@code index}th entry (from 0) of {@code expect} or {@code expectNot}. */
    static Entry expectation(String section, int index) {
        return new Entry(section + " " + (index + 1), null);
    }
}
