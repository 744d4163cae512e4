package org.conductpolicy.io;

import java.util.ArrayList;
import java.util.List;

/**
 * What reading some case files gives, as lines of text: run in this JVM and, by {@link
 * OldestJacksonTest}, in another JVM whose classpath has only the oldest Jackson a host may bring.
 */
final class CaseFileReport {
    private CaseFileReport() {}

    /** Reads each named text (arguments in pairs: file name, then its text) and reports each in turn. */
    static List<String> of(List<String> namesAndTexts) {
        List<String> report = new ArrayList<>();
        for (int i = 0; i < namesAndTexts.size(); i += 2) {
            report.add(reportOne(namesAndTexts.get(i), namesAndTexts.get(i + 1)));
        }
        return report;
    }

    private static String reportOne(String name, String text) {
        try {
            CaseFile caseFile = CaseFiles.parse(text, name);
            boolean readsBack = CaseFiles.parse(CaseFiles.write(caseFile), name + ".yaml")
                    .facts()
                    .equals(caseFile.facts());
            return name + ": read " + caseFile.facts().size() + " facts, "
                    + caseFile.expect().size() + " expected, "
                    + caseFile.expectNot().size() + " ruled out; written and read back the same: " + readsBack;
        } catch (CaseFileException refused) {
            return name + ": refused: " + refused.getMessage();
        }
    }

    /**
     * Prints the Jackson version in use, then the report of the arguments; without Jackson, what reading
     * one of them says instead.
     */
    public static void main(String[] namesAndTexts) {
        try {
            System.out.println("jackson " + com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
        } catch (NoClassDefFoundError absent) {
            System.out.println("no jackson");
            try {
                CaseFiles.parse(namesAndTexts[1], namesAndTexts[0]);
            } catch (IllegalStateException refused) {
                System.out.println(refused.getMessage());
            }
            return;
        }
        of(List.of(namesAndTexts)).forEach(System.out::println);
    }
}
