package org.conductpolicy.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The version of a rule set: {@code sha256:} and the SHA-256 digest, in hex, of its files (every rule file,
 * {@code parameters.properties}, {@code clauses.properties} and {@code conduct.properties}), each named by
 * its path in the rule folder ({@code ladder.drl}, {@code extra/more.drl}, with {@code /} between folders).
 * The files are taken in the order of their names, so the order they were written or listed in never
 * shows; line breaks are read as {@code \n} whichever a file uses, so a copy checked out on another
 * machine has the same version. Any other change to a file's text or name gives another version.
 */
final class RulesVersion {
    static final String PREFIX = "sha256:";

    private RulesVersion() {}

    /**
     * The version of the files {@code texts}, by their names in the rule folder.
     *
     * @param texts each file's text, by its path in the rule folder
     */
    static String of(Map<String, String> texts) {
        MessageDigest digest = sha256();
        new TreeMap<>(texts).forEach((name, text) -> {
            String lines = text.indexOf('\r') < 0 ? text : text.replaceAll("\r\n?", "\n");
            byte[] content = lines.getBytes(StandardCharsets.UTF_8);
            // Name and length before the content, so that no two sets of files run together the same.
            digest.update((name + "\n" + content.length + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(content);
        });
        return PREFIX + HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
