package de.qer.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.calendar.Label;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one German and English bundle of messages: both languages complete, loadable from the named module. */
class MessagesTest {

    private static final Pattern ARG = Pattern.compile("\\{(\\d+)}");

    private static ResourceBundle bundle(Locale locale) {
        return Message.Bundles.of(locale);
    }

    @Test
    void theBundleIsLoadedFromTheNamedModule_onTheModulePath() {
        // surefire runs qer-core's tests on the module path: the bundle is found in the module de.qer.core
        assertTrue(Message.class.getModule().isNamed(), "the tests run on the module path");
        assertEquals("de.qer.core", Message.class.getModule().getName());
        assertEquals(Locale.GERMAN, bundle(Locale.GERMAN).getLocale());
        assertEquals(Locale.ENGLISH, bundle(Locale.ENGLISH).getLocale());
        assertEquals(bundle(Locale.GERMAN), bundle(Locale.GERMANY), "every German locale reads the German texts");
        assertEquals(bundle(Locale.ENGLISH), bundle(Locale.FRENCH), "any other language reads the English texts");
    }

    @Test
    void everyKeyExistsInBothLanguages_withTheSameArguments() {
        Set<String> de = new TreeSet<>(Collections.list(bundle(Locale.GERMAN).getKeys()));
        Set<String> en = new TreeSet<>(Collections.list(bundle(Locale.ENGLISH).getKeys()));
        assertEquals(de, en);
        assertTrue(de.size() >= 40, () -> "keys: " + de.size());
        for (String key : de) {
            String g = bundle(Locale.GERMAN).getString(key);
            String e = bundle(Locale.ENGLISH).getString(key);
            assertFalse(g.isBlank() || e.isBlank(), key);
            assertEquals(arguments(g), arguments(e), key + ": the same arguments in both languages");
        }
    }

    private static Set<String> arguments(String pattern) {
        Set<String> args = new TreeSet<>();
        Matcher m = ARG.matcher(pattern);
        while (m.find()) {
            args.add(m.group(1));
        }
        return args;
    }

    @Test
    void everyTextSurvivesMessageFormat_apostrophesDoubledAndNoStrayBraces() {
        for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            ResourceBundle b = bundle(locale);
            for (String key : Collections.list(b.getKeys())) {
                String pattern = b.getString(key);
                assertFalse(pattern.replace("''", "").contains("'"), key + ": a single apostrophe would start a quote");
                String withoutArgs = ARG.matcher(pattern).replaceAll("");
                assertFalse(withoutArgs.contains("{") || withoutArgs.contains("}"), key + ": braces only around an argument");
                Object[] args = arguments(pattern).stream().map(a -> "«" + a + "»").toArray();
                String rendered = new MessageFormat(pattern, Locale.ROOT).format(args);
                assertEquals(pattern.replace("''", "'").replaceAll("\\{(\\d+)}", "«$1»"), rendered, key);
            }
        }
    }

    @Test
    void everyProblemCodeHasALabelInBothLanguages() {
        for (ProblemCode c : ProblemCode.values()) {
            String de = c.text().render(Locale.GERMAN);
            String en = c.text().render(Locale.ENGLISH);
            assertFalse(de.isBlank() || en.isBlank(), c.name());
        }
        assertEquals("fehlt", ProblemCode.MISSING.text().render(Locale.GERMAN));
        assertEquals("missing", ProblemCode.MISSING.text().render(Locale.ENGLISH));
    }

    @Test
    void argumentsAreRenderedAsTheyPrint_labelsAndMessagesInTheSameLanguage() {
        Problem p = Problem.error(ProblemCode.WRONG_VALUE, "R-N2", "beratungsvermerk.zielberuf", "R-N2.long", 20000);
        assertEquals("Text zu lang (R-N2), höchstens Zeichen: 20000", p.messageDe(), "no grouping of digits");
        assertEquals("[R-N2] beratungsvermerk.zielberuf: Text too long (R-N2), maximum number of characters: 20000",
                p.message(Locale.ENGLISH));
        Problem dated = Problem.error(ProblemCode.CATCH_UP_DATE, "R-Q3", "offenePunkte[0].nachholenBis", "R-Q3.docs.catchUp",
                LocalDate.of(2026, 12, 8));
        assertTrue(dated.messageDe().endsWith(": 2026-12-08"), dated::messageDe);
        Message nested = Message.of("qer.required", new Label("Regel", "rule"));
        assertEquals("Pflichtangabe fehlt (Regel)", nested.render(Locale.GERMAN));
        assertEquals("Required item missing (rule)", nested.render(Locale.ENGLISH));
        assertEquals("Required item missing (missing)", Message.of("qer.required", ProblemCode.MISSING.text()).render(Locale.ENGLISH));
    }

    @Test
    void aProblemIsAValue_renderedOnlyWhenAsked() {
        Problem a = Problem.error(ProblemCode.MISSING, "R-K3", "naechsteUeberpruefung", "R-K3.missing");
        assertEquals(a, Problem.error(ProblemCode.MISSING, "R-K3", "naechsteUeberpruefung", "R-K3.missing"));
        assertEquals(Severity.ERROR, a.severity());
        assertEquals("kooperationsplan.naechsteUeberpruefung", a.under("kooperationsplan").field());
        assertNotEquals(a, Problem.warning(ProblemCode.MISSING, "R-K3", "naechsteUeberpruefung", "R-K3.missing"));
        assertTrue(Problem.warning(ProblemCode.MISSING, "R-K2", "ziele", "R-K2.should").toString().startsWith("WARNING [R-K2] ziele"));
        Problem unknown = Problem.error(ProblemCode.MISSING, "R-K3", "x", "no.such.key");
        assertThrows(MissingResourceException.class, unknown::messageDe, "a key without a message is a bug, found by the tests");
    }

    @Test
    void aRuleReportsUnderItsId() {
        Rule<String> rule = Rule.of("R-N2", "NichtLeer", String.class, (s, found) -> {
            if (s.isBlank()) {
                found.error(ProblemCode.MISSING, "text", "R-N2.blank");
            }
        });
        assertEquals(List.of(), rule.check("Inhalt"));
        List<Problem> found = rule.check(" ");
        assertEquals(1, found.size());
        assertEquals("R-N2", found.get(0).rule());
        assertEquals("[R-N2] text: Text ist leer (R-N2)", found.get(0).message(Locale.GERMAN));
        assertEquals(List.of(), rule.checkIfApplies(42), "not a string: the rule does not apply");
    }
}
