package de.qer.docs;

import static de.qer.docs.Reports.assertOnly;
import static de.qer.docs.Reports.doc;
import static de.qer.docs.Reports.found;
import static de.qer.docs.Reports.kp;
import static de.qer.docs.Reports.note;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.calendar.WorkingDayCalendar;
import de.qer.core.Deadlines;
import de.qer.core.QuerPolicy;
import de.qer.docs.validation.QuerReport;
import de.qer.docs.validation.QuerValidator;
import de.qer.core.rule.Problem;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * R-N2 text hygiene: invisible text is blank, every step of the Kooperationsplan is meaningful, no free
 * text is longer than the policy allows, and control and bidi characters are reported, never thrown.
 */
class TexthygieneTest {

    private static QuerValidator validator;

    @BeforeAll
    static void create() {
        validator = QuerValidator.create();
    }

    @AfterAll
    static void close() {
        validator.close();
    }


    private static String times(int n, int codePoint) {
        return new String(Character.toChars(codePoint)).repeat(n);
    }

    // ----------------------------------------------------------------------- blank is what shows nothing

    @ParameterizedTest(name = "R-N2 invisible text: {0}")
    @ValueSource(strings = {"21 x U+200B", "25 x U+00A0", "21 x U+2800", "21 x U+3164", "30 x U+FEFF", "20 x U+2060",
        "20 x U+00AD", "20 x U+202F"})
    @DisplayName("R-N2: a text of invisible characters is blank")
    void rN2_invisibleTextIsBlank(String spec) {
        String[] p = spec.split(" x U\\+");
        String text = times(Integer.parseInt(p[0]), Integer.parseInt(p[1], 16));
        QuerReport r = validator.validate(doc().withBeratungsvermerk(note().withGespraechszusammenfassung(text)));
        assertOnly(r, "R-N2 beratungsvermerk.gespraechszusammenfassung");
        assertEquals("Text ist leer (R-N2)", r.violations().get(0).messageDe());
        assertEquals("Text is blank (R-N2)", r.violations().get(0).messageEn());
    }

    @Test
    @DisplayName("R-N2: ten megabytes of spaces, tabs, line feeds and no-break spaces are blank and too long")
    void rN2_tenMegabytesOfWhitespace() {
        String text = " \t\n\u00A0".repeat(10 * 1024 * 1024 / 4);
        QuerReport r = validator.validate(doc().withBeratungsvermerk(note().withWeiteresVorgehen(text)));
        assertOnly(r, "R-N2 beratungsvermerk.weiteresVorgehen");
        assertEquals(Set.of("Text ist leer (R-N2)", "Text zu lang (R-N2), höchstens Zeichen: 20000"),
                r.violations().stream().map(Problem::messageDe).collect(Collectors.toSet()));
    }

    @Test
    @DisplayName("R-N2: the minimum counts visible characters, invisible padding does not make a text long enough")
    void rN2_minimumCountsVisibleCharacters() {
        String padded = "Gespräch geführt." + times(10, 0x200B) + times(10, 0x00A0);   // 17 visible
        assertOnly(validator.validate(doc().withBeratungsvermerk(note().withWeiteresVorgehen(padded))),
                "R-N2 beratungsvermerk.weiteresVorgehen");
        String zielberuf = "K" + times(5, 0x200B) + "o";   // 2 visible, short minimum 3
        assertOnly(validator.validate(doc().withBeratungsvermerk(note().withZielberuf(zielberuf))), "R-N2 beratungsvermerk.zielberuf");
    }

    @ParameterizedTest(name = "R-N2 placeholder behind invisible characters: \"{0}\"")
    @ValueSource(strings = {"\u200Bsiehe\u00A0oben\u200B", "k.\u2800a.", "t\u200Bb\u200Bd", "\u3000xxx\u3000", "s.\u00A0o."})
    @DisplayName("R-N2: a placeholder is recognised in the visible text")
    void rN2_placeholderBehindInvisibleCharacters(String text) {
        assertOnly(validator.validate(doc().withBeratungsvermerk(note().withGespraechszusammenfassung(text))),
                "R-N2 beratungsvermerk.gespraechszusammenfassung");
    }

    // ----------------------------------------------------------------------- every step is meaningful

    @Test
    @DisplayName("R-N2: every essential step of the Kooperationsplan is meaningful, reported with its index")
    void rN2_everyStepIsMeaningful() {
        QuerReport r = validator.validate(doc().withKooperationsplan(kp().withSchritte("Deutschkurs B2 abschließen", " ", "",
                "\u200B\u200B\u200B\u200B", "-", "ok")));
        assertOnly(r, "R-N2 kooperationsplan.schritte[1]", "R-N2 kooperationsplan.schritte[2]", "R-N2 kooperationsplan.schritte[3]",
                "R-N2 kooperationsplan.schritte[4]", "R-N2 kooperationsplan.schritte[5]");
        assertTrue(validator.validate(doc().withKooperationsplan(kp().withSchritte("Kurs", "Ausbildungsbetrieb finden")))
                .violations().isEmpty());
    }

    // ----------------------------------------------------------------------- every free text is bounded and clean

    /** Every free-text field of the note and the plan, with its field path. */
    static Stream<Arguments> freeTextFields() {
        return Stream.of(
                field("beratungsvermerk.grundDerAntragstellung", (d, t) -> d.withBeratungsvermerk(note().withGrundDerAntragstellung(t))),
                field("beratungsvermerk.ergebnisPotenzialanalyse", (d, t) -> d.withBeratungsvermerk(note().withErgebnisPotenzialanalyse(t))),
                field("beratungsvermerk.zielberuf", (d, t) -> d.withBeratungsvermerk(note().withZielberuf(t))),
                field("beratungsvermerk.geplanteStrategien", (d, t) -> d.withBeratungsvermerk(note().withGeplanteStrategien(t))),
                field("beratungsvermerk.begruendungMassnahmezusammenfassung", (d, t) -> d.withBeratungsvermerk(note()
                        .withMassnahmenKombiniert(true).withBegruendungMassnahmezusammenfassung(t))),
                field("beratungsvermerk.gespraechszusammenfassung", (d, t) -> d.withBeratungsvermerk(note().withGespraechszusammenfassung(t))),
                field("beratungsvermerk.weiteresVorgehen", (d, t) -> d.withBeratungsvermerk(note().withWeiteresVorgehen(t))),
                field("kooperationsplan.eingliederungsziel", (d, t) -> d.withKooperationsplan(kp().withEingliederungsziel(t))),
                field("kooperationsplan.schritte[1]", (d, t) -> d.withKooperationsplan(kp().withSchritte("Deutschkurs B2", t))),
                field("kooperationsplan.aktivitaeten[2].wer", (d, t) -> d.withKooperationsplan(kp().withAktivitaeten(
                        kp().getAktivitaeten().get(0), kp().getAktivitaeten().get(1),
                        Aktivitaet.builder().from(kp().getAktivitaeten().get(2)).wer(t).build()))),
                field("kooperationsplan.aktivitaeten[0].was", (d, t) -> d.withKooperationsplan(kp().withAktivitaeten(
                        Aktivitaet.builder().from(kp().getAktivitaeten().get(0)).was(t).build(),
                        kp().getAktivitaeten().get(1), kp().getAktivitaeten().get(2)))),
                field("kooperationsplan.eingliederungsleistungen[0]", (d, t) -> d.withKooperationsplan(kp().withEingliederungsleistungen(t))),
                field("kooperationsplan.eigenbemuehungen.umfang", (d, t) -> d.withKooperationsplan(kp().withEigenbemuehungen(
                        Eigenbemuehungen.builder().from(kp().getEigenbemuehungen()).umfang(t).build()))),
                field("kooperationsplan.eigenbemuehungen.nachweis", (d, t) -> d.withKooperationsplan(kp().withEigenbemuehungen(
                        Eigenbemuehungen.builder().from(kp().getEigenbemuehungen()).nachweis(t).build()))),
                field("kooperationsplan.andereStellen[1]", (d, t) -> d.withKooperationsplan(kp().withAndereStellen("Kita-Träger", t))),
                field("kooperationsplan.ziele[0]", (d, t) -> d.withKooperationsplan(kp().withZiele(t))),
                field("kooperationsplan.rehaHinweis", (d, t) -> d.withKooperationsplan(kp().withRehaHinweis(t))),
                field("potenzialanalyse.staerken[0]", (d, t) -> d.withPotenzialanalyse(ImmutablePotenzialanalyse
                        .copyOf(Beispiele.potenzialanalyse()).withStaerken(t))),
                field("potenzialanalyse.ressourcen[0]", (d, t) -> d.withPotenzialanalyse(ImmutablePotenzialanalyse
                        .copyOf(Beispiele.potenzialanalyse()).withRessourcen(t))),
                field("potenzialanalyse.handlungsbedarfe[0]", (d, t) -> d.withPotenzialanalyse(ImmutablePotenzialanalyse
                        .copyOf(Beispiele.potenzialanalyse()).withHandlungsbedarfe(t))),
                field("potenzialanalyse.integrationshemmnisse[0]", (d, t) -> d.withPotenzialanalyse(ImmutablePotenzialanalyse
                        .copyOf(Beispiele.potenzialanalyse()).withIntegrationshemmnisse(t))),
                field("integrationsprognose.begruendung", (d, t) -> d.withIntegrationsprognose(ImmutableIntegrationsprognose
                        .copyOf(d.getIntegrationsprognose()).withBegruendung(t))),
                field("handlungsstrategie.begruendungOhneAusbildung", (d, t) -> d.withHandlungsstrategie(ImmutableHandlungsstrategie
                        .copyOf(d.getHandlungsstrategie()).withBegruendungOhneAusbildung(t))),
                field("sofortangebot.beschreibung", (d, t) -> d.withSofortangebot(ImmutableSofortangebot
                        .copyOf(d.getSofortangebot()).withBeschreibung(t))));
    }

    interface Setter {
        ImmutableQuerDokumentation set(ImmutableQuerDokumentation d, String text);
    }

    private static Arguments field(String path, Setter setter) {
        return Arguments.of(path, setter);
    }

    @ParameterizedTest(name = "R-N2 {0}")
    @MethodSource("freeTextFields")
    @DisplayName("R-N2: a meaningful text is fine in every free-text field")
    void rN2_aMeaningfulTextIsFine(String field, Setter setter) {
        QuerReport r = validator.validate(setter.set(doc(), "Vermittlungsvorschlag Teilzeitausbildung, Tab\tund\nZeile\r\nfertig"));
        assertTrue(r.violations().isEmpty(), r::toString);
    }

    @ParameterizedTest(name = "R-N2 {0}")
    @MethodSource("freeTextFields")
    @DisplayName("R-N2: an overlong text is a problem of its field in every free-text field, not an exception")
    void rN2_overlongTextIsReported(String field, Setter setter) {
        String words = "Bewerbung Termin Ausbildung Deutschkurs ";
        String overlong = words.repeat(20_001 / words.length() + 1).substring(0, 20_001);
        QuerReport r = validator.validate(setter.set(doc(), overlong));
        assertOnly(r, "R-N2 " + field);
        assertEquals("Text zu lang (R-N2), höchstens Zeichen: 20000", r.violations().get(0).messageDe());
        assertEquals("Text too long (R-N2), maximum number of characters: 20000", r.violations().get(0).messageEn());
        assertTrue(validator.validate(setter.set(doc(), overlong.substring(0, 20_000))).violations().isEmpty());
    }

    @ParameterizedTest(name = "R-N2 {0}")
    @MethodSource("freeTextFields")
    @DisplayName("R-N2: control and bidi characters are a problem of their field in every free-text field")
    void rN2_controlAndBidiCharactersAreReported(String field, Setter setter) {
        for (String bad : List.of("Bewerbungen schreiben \u001B[2J und senden", "Plan \u202Egnureilesaw Kurs", "Kurs \u2066B2\u2069 besuchen",
                "Bewerbungen\u0007 schreiben", "Bewerbungen\u009B schreiben", "Bewerbungen\u200F schreiben")) {
            QuerReport r = validator.validate(setter.set(doc(), bad));
            assertOnly(r, "R-N2 " + field);
            assertEquals("Text enthält Steuer- oder Richtungszeichen (R-N2); erlaubt sind nur Tabulator und Zeilenumbruch",
                    r.violations().get(0).messageDe(), bad);
            assertEquals("Text contains control or bidirectional formatting characters (R-N2); only tab and line break are allowed",
                    r.violations().get(0).messageEn());
        }
    }

    @Test
    @DisplayName("R-N2: the maximum text length comes from the policy")
    void rN2_maximumFromThePolicy() {
        QuerPolicy tight = QuerPolicy.builder().maximumTextLength(100).build();
        try (QuerValidator v = QuerValidator.create(Deadlines.of(tight, WorkingDayCalendar.nrw()))) {
            QuerReport r = v.validate(Beispiele.vollstaendig());
            assertOnly(r, "R-N2 beratungsvermerk.ergebnisPotenzialanalyse", "R-N2 beratungsvermerk.gespraechszusammenfassung");
            assertTrue(r.violations().stream().allMatch(x -> x.messageEn().endsWith("maximum number of characters: 100")), r::toString);
        }
    }

    @Test
    @DisplayName("R-N2: a host's own validator reports the same fields")
    void rN2_aHostsValidatorReportsTheSameFields() {
        QuerDokumentation d = doc().withKooperationsplan(kp().withSchritte(" ", "Kurs").withZiele("Ziel\u202E"));
        Set<String> ours = found(validator.validate(d));
        try (jakarta.validation.ValidatorFactory f = jakarta.validation.Validation.buildDefaultValidatorFactory()) {
            assertEquals(ours, QuerValidator.using(f.getValidator()).validateDocument(d).stream()
                    .map(x -> x.rule() + " " + x.field()).collect(Collectors.toSet()));
        }
        assertEquals(Set.of("R-N2 kooperationsplan.schritte[0]", "R-N2 kooperationsplan.ziele[0]"), ours);
    }
}
