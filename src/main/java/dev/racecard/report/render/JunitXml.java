package dev.racecard.report.render;

import dev.racecard.report.document.RacecardDocument;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * {@code junit.xml}: the gate's claims as JUnit test cases, in the Ant/Surefire format that Jenkins,
 * GitLab and GitHub test reporters read. Written with the JDK's StAX writer, which escapes markup;
 * characters XML 1.0 cannot hold at all (results are hostile text) are stripped first.
 */
public final class JunitXml {

    /** One {@code <testsuite>}. */
    public record Suite(String name, List<Case> cases) {
        public Suite {
            cases = List.copyOf(cases);
        }
    }

    /**
     * One {@code <testcase>}: at most one of failure and skipped is set.
     *
     * @param systemOut details for a case that did not fail, or null
     */
    public record Case(String classname, String name, double seconds, Problem failure, Problem skipped,
                       String systemOut) {
    }

    /** A failure or skip: a one-line message (an attribute) and the full text (element content, or null). */
    public record Problem(String message, String text) {
    }

    public static final String FAILURE_TYPE = "racecard.gate";

    private JunitXml() {
    }

    /** The document, of one environment or many, as junit.xml. */
    public static byte[] render(RacecardDocument document) {
        return write("racecard", Instant.parse(document.generatedAt()), JunitCases.of(document));
    }

    public static byte[] write(String name, Instant timestamp, List<Suite> suites) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", name);
            totals(xml, suites.stream().flatMap(s -> s.cases().stream()).toList());
            for (Suite suite : suites) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", legal(suite.name()));
                xml.writeAttribute("timestamp", timestamp.toString());
                totals(xml, suite.cases());
                for (Case c : suite.cases()) {
                    testcase(xml, c);
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            bytes.write('\n');
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write junit.xml", e);
        }
        return bytes.toByteArray();
    }

    private static void totals(XMLStreamWriter xml, List<Case> cases) throws XMLStreamException {
        xml.writeAttribute("tests", Integer.toString(cases.size()));
        xml.writeAttribute("failures", Long.toString(cases.stream().filter(c -> c.failure() != null).count()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", Long.toString(cases.stream().filter(c -> c.skipped() != null).count()));
        xml.writeAttribute("time", seconds(cases.stream().mapToDouble(Case::seconds).sum()));
    }

    private static void testcase(XMLStreamWriter xml, Case c) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", legal(c.classname()));
        xml.writeAttribute("name", legal(c.name()));
        xml.writeAttribute("time", seconds(c.seconds()));
        if (c.failure() != null) {
            problem(xml, "failure", c.failure());
        }
        if (c.skipped() != null) {
            problem(xml, "skipped", c.skipped());
        }
        if (c.systemOut() != null) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("system-out");
            xml.writeCharacters(legal(c.systemOut()));
            xml.writeEndElement();
        }
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
    }

    private static void problem(XMLStreamWriter xml, String element, Problem p) throws XMLStreamException {
        xml.writeCharacters("\n      ");
        xml.writeStartElement(element);
        // parsers turn newlines in attributes into spaces anyway; one line says so honestly
        xml.writeAttribute("message", legal(p.message()).replaceAll("[\\r\\n\\t]+", " "));
        if (element.equals("failure")) {
            xml.writeAttribute("type", FAILURE_TYPE);
        }
        if (p.text() != null) {
            xml.writeCharacters(legal(p.text()));
        }
        xml.writeEndElement();
    }

    /** As {@code %.3f} would print it (half up on the shortest decimal), without a Formatter per case. */
    private static String seconds(double seconds) {
        return BigDecimal.valueOf(seconds).setScale(3, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * Drops what XML 1.0 cannot represent even escaped: control characters but tab, newline and
     * carriage return, lone surrogates, U+FFFE and U+FFFF.
     */
    public static String legal(String text) {
        if (text == null) {
            return "";
        }
        if (text.chars().allMatch(JunitXml::allowedChar)) {
            return text; // the usual case: nothing to drop, nothing to copy
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(JunitXml::allowed).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** A UTF-16 unit that is allowed on its own: no control character, surrogate, U+FFFE or U+FFFF. */
    private static boolean allowedChar(int c) {
        return c >= 0x20 ? c <= 0xD7FF || (c >= 0xE000 && c <= 0xFFFD) : c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean allowed(int c) {
        return c == '\t' || c == '\n' || c == '\r'
                || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
