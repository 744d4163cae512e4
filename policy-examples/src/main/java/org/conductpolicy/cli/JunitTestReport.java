package org.conductpolicy.cli;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.conductpolicy.io.CaseResult;

/**
 * {@code policy test}'s report for CI servers, in the JUnit XML that Maven Surefire writes and Jenkins,
 * GitLab and GitHub's test reporters read: a {@code testsuites} element holding a {@code testsuite} per
 * folder of case files, named by the folder, holding a {@code testcase} per case, named by the case, whose
 * {@code classname} is the folder with dots for its slashes. A failed case holds a {@code failure} whose message is its
 * first failure and whose text is every failure and the actions proposed; a case's warnings are its {@code
 * system-out}. Written at the end of the run, as the counts come first; the same results always give the
 * same bytes (no times are written).
 */
final class JunitTestReport implements TestReport {
    private final PrintWriter out;
    private final Map<String, List<CaseResult>> bySuite = new LinkedHashMap<>();

    JunitTestReport(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void add(CaseResult result) {
        bySuite.computeIfAbsent(suiteOf(result), folder -> new ArrayList<>()).add(result);
    }

    /** The folder of the case file, as found, with {@code /} between its parts; {@code .} for none. */
    private static String suiteOf(CaseResult result) {
        Path folder = Path.of(result.file()).getParent();
        return folder == null ? "." : folder.toString().replace(File.separatorChar, '/');
    }

    @Override
    public void finish(TestTally tally) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "policy test");
            counts(xml, tally.passed() + tally.failed(), tally.failed());
            for (Map.Entry<String, List<CaseResult>> suite : bySuite.entrySet()) {
                writeSuite(xml, suite.getKey(), suite.getValue());
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException unwritable) {
            throw new IllegalStateException("the JUnit report could not be written", unwritable);
        }
        out.flush();
    }

    private static void writeSuite(XMLStreamWriter xml, String name, List<CaseResult> results)
            throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", text(name));
        counts(xml, results.size(), (int)
                results.stream().filter(result -> !result.passed()).count());
        for (CaseResult result : results) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("name", text(result.name()));
            xml.writeAttribute("classname", text(name.replace('/', '.')));
            xml.writeAttribute("file", text(result.file()));
            if (!result.passed()) {
                xml.writeCharacters("\n      ");
                xml.writeStartElement("failure");
                xml.writeAttribute("message", text(result.failures().get(0)));
                xml.writeAttribute("type", "case failed");
                xml.writeCharacters(text(String.join("\n", TextTestReport.failureLines(result))));
                xml.writeEndElement();
            }
            if (!result.warnings().isEmpty()) {
                xml.writeCharacters("\n      ");
                xml.writeStartElement("system-out");
                xml.writeCharacters(text(result.warnings().stream()
                        .map(warning -> "warning: " + warning)
                        .collect(Collectors.joining("\n"))));
                xml.writeEndElement();
            }
            if (!result.passed() || !result.warnings().isEmpty()) {
                xml.writeCharacters("\n    ");
            }
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void counts(XMLStreamWriter xml, int tests, int failures) throws XMLStreamException {
        xml.writeAttribute("tests", Integer.toString(tests));
        xml.writeAttribute("failures", Integer.toString(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
    }

    /**
     * The text with each character XML 1.0 cannot hold (control characters other than tab, line feed and
     * carriage return; lone surrogates) replaced by U+FFFD; the writer escapes the rest.
     */
    static String text(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().forEach(point -> kept.appendCodePoint(allowedInXml(point) ? point : 0xFFFD));
        return kept.toString();
    }

    private static boolean allowedInXml(int point) {
        return point == 0x9
                || point == 0xA
                || point == 0xD
                || (point >= 0x20 && point <= 0xD7FF)
                || (point >= 0xE000 && point <= 0xFFFD)
                || (point >= 0x10000 && point <= 0x10FFFF);
    }
}
