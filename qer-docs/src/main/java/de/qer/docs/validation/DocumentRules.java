package de.qer.docs.validation;

import de.qer.core.Deadlines;
import de.qer.core.QuerPolicy;
import de.qer.core.model.Mindeststandard;
import de.qer.core.rule.Mindeststandards;
import de.qer.core.rule.Problem;
import de.qer.core.rule.ProblemCode;
import de.qer.core.rule.Rule;
import de.qer.docs.Aktivitaet;
import de.qer.docs.Beratungsvermerk;
import de.qer.docs.Folgegespraech;
import de.qer.docs.Gespraechsdokumentation;
import de.qer.docs.Handlungsstrategie;
import de.qer.docs.Kooperationsplan;
import de.qer.docs.KpDokumentation;
import de.qer.docs.KpUeberpruefung;
import de.qer.docs.OffenerVermerkpunkt;
import de.qer.docs.QuerDokumentation;
import de.qer.docs.Seite;
import de.qer.docs.Strategie;
import de.qer.docs.Vermerkart;
import de.qer.docs.Vermerkpunkt;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The document rules of qer-docs: every check of a whole document (a QuEr, a follow-up, a KP review) or of
 * one of its parts (the note, the plan) as a {@link Rule} with its ID, in one list. The one class-level
 * constraint {@link Regeln} runs the rules of the document it sits on; a host may also run them directly
 * with {@link #check(Object)}. Field constraints ({@link Pflichtangabe}, {@link Aussagekraeftig},
 * {@link Texthygiene}) stay on the getters of the models.
 *
 * <p>Fields are relative to the checked object ({@code beratungsvermerk.aufenthaltsstatus} on a QuEr,
 * {@code aktivitaeten[0].bisWann} on a plan). Messages come from the bundle of {@code de.qer.core.rule}
 * and never contain what the caller wrote.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DocumentRules {

    /** A rule list for one model type: the rules run on every object of that type. */
    private record ForModel(Class<?> model, List<Rule<?>> rules) {
    }

    private final Deadlines deadlines;
    private final List<ForModel> byModel;

    private DocumentRules(Deadlines deadlines) {
        this.deadlines = deadlines;
        QuerPolicy policy = deadlines.policy();
        Rule<Gespraechsdokumentation> bgGroesse = bgGroessePasst();
        Rule<Gespraechsdokumentation> aufenthalt = aufenthaltsstatusNurBeiDrittstaat();
        Rule<KpDokumentation> rechtsfolgen = keineRechtsfolgenbelehrung(policy);
        Rule<Gespraechsdokumentation> offenePunkte = offenePunkteTermin(deadlines);
        Rule<KpDokumentation> naechste = naechsteKpUeberpruefung(policy);
        this.byModel = List.of(
                new ForModel(QuerDokumentation.class, List.of(mindeststandards(policy), bgGroesse, aufenthalt,
                        ausbildungBegruendet(), rechtsfolgen, offenePunkte, sofortangebotUnverzueglich(), vermerkartQuer())),
                new ForModel(Folgegespraech.class, List.of(vermerkartFolgegespraech(), folgeStandards(policy), bgGroesse,
                        aufenthalt, rechtsfolgen, offenePunkte, naechste)),
                new ForModel(KpUeberpruefung.class, List.of(rechtsfolgen, naechste)),
                new ForModel(Kooperationsplan.class, List.of(nichtUnterschrieben(policy), aktivitaetenBeiderSeiten(),
                        ueberpruefungFaellig(policy), kpSollAngaben())),
                new ForModel(Beratungsvermerk.class, List.of(vermerkVollstaendig(), massnahmezusammenfassung())));
    }

    /**
     * The rules with a policy and calendar.
     *
     * @param deadlines the policy and calendar, not null
     * @return the rules, never null
     */
    public static DocumentRules of(Deadlines deadlines) {
        return new DocumentRules(Objects.requireNonNull(deadlines, "deadlines"));
    }

    /**
     * The policy and calendar the rules use.
     *
     * @return the deadlines, never null
     */
    public Deadlines deadlines() {
        return deadlines;
    }

    /**
     * Every rule, each once, in the order of the models.
     *
     * @return the rules, never null
     */
    public List<Rule<?>> all() {
        List<Rule<?>> all = new ArrayList<>();
        for (ForModel m : byModel) {
            for (Rule<?> r : m.rules()) {
                if (!all.contains(r)) {
                    all.add(r);
                }
            }
        }
        return List.copyOf(all);
    }

    /**
     * The rules that run on an object: those of each model type it is (not those of its parts).
     *
     * @param document a document or a part of one, not null
     * @return the rules, never null; empty for an object that is no model of qer-docs
     */
    public List<Rule<?>> of(Object document) {
        Objects.requireNonNull(document, "document");
        List<Rule<?>> rules = new ArrayList<>();
        for (ForModel m : byModel) {
            if (m.model().isInstance(document)) {
                rules.addAll(m.rules());
            }
        }
        return List.copyOf(rules);
    }

    /**
     * Runs the rules of an object (not those of its parts: {@link QuerValidator} validates the whole tree).
     *
     * @param document a document or a part of one, not null
     * @return the problems, with fields relative to the object; empty if none
     */
    public List<Problem> check(Object document) {
        Objects.requireNonNull(document, "document");
        List<Problem> problems = new ArrayList<>(0);
        for (ForModel m : byModel) {
            if (m.model().isInstance(document)) {
                for (Rule<?> r : m.rules()) {
                    problems.addAll(r.checkIfApplies(document));
                }
            }
        }
        return problems.isEmpty() ? List.of() : List.copyOf(problems);
    }

    // ------------------------------------------------------------------------ the whole interview

    /** R-Q1, R-Q3: every minimum standard is documented or an open point with its date (the QuEr). */
    private static Rule<QuerDokumentation> mindeststandards(QuerPolicy policy) {
        return Rule.of("R-Q1", "Mindeststandards", QuerDokumentation.class,
                (d, found) -> missingStandards(d, policy, "R-Q1.docs.standardMissing", found));
    }

    /** R-L1, R-Q3: the standards of a follow-up (the policy's) are documented, confirmed unchanged or open. */
    private static Rule<Folgegespraech> folgeStandards(QuerPolicy policy) {
        return Rule.of("R-L1", "StandardsDesFolgegespraechs", Folgegespraech.class,
                (d, found) -> missingStandards(d, policy, "R-L1.docs.standardMissing", found));
    }

    private static void missingStandards(Gespraechsdokumentation d, QuerPolicy policy, String key, Rule.Findings found) {
        Set<Mindeststandard> open = Mindeststandards.openIn(d.getOffenePunkte());
        for (Mindeststandard s : Mindeststandards.missing(Standards.required(d, policy), st -> Standards.present(d, st),
                open::contains)) {
            found.error(ProblemCode.MISSING, Standards.property(s), key);
        }
    }

    /** R-N3 (in every interview, R-Q2): the BG size in the note is the case's. */
    private static Rule<Gespraechsdokumentation> bgGroessePasst() {
        return Rule.of("R-N3", "BgGroessePasst", Gespraechsdokumentation.class, (d, found) -> {
            Beratungsvermerk v = d.getBeratungsvermerk();
            int size = d.getBedarfsgemeinschaft().groesse();
            if (v != null && v.getBgGroesse() != null && v.getBgGroesse() != size) {
                found.error(ProblemCode.WRONG_VALUE, "beratungsvermerk.bgGroesse", "R-N3.bgSize", size);
            }
        });
    }

    /**
     * R-N1 (in every interview, R-Q2): the residence status only for third-country nationals, and always in
     * the QuEr's note (a follow-up's note may leave it out). Never names the status itself.
     */
    private static Rule<Gespraechsdokumentation> aufenthaltsstatusNurBeiDrittstaat() {
        return Rule.of("R-N1", "AufenthaltsstatusNurBeiDrittstaat", Gespraechsdokumentation.class, (d, found) -> {
            Beratungsvermerk v = d.getBeratungsvermerk();
            if (v == null) {
                return;
            }
            boolean drittstaat = d.mitglied().drittstaatsangehoerig();
            if (drittstaat && v.getAufenthaltsstatus() == null && required(v, Vermerkpunkt.AUFENTHALTSSTATUS)
                    && !isOpen(v, Vermerkpunkt.AUFENTHALTSSTATUS)) {
                found.error(ProblemCode.MISSING, "beratungsvermerk.aufenthaltsstatus", "R-N1.residence.missing");
            } else if (!drittstaat && v.getAufenthaltsstatus() != null) {
                found.error(ProblemCode.WRONG_VALUE, "beratungsvermerk.aufenthaltsstatus", "R-N1.residence.onlyThirdCountry");
            }
        });
    }

    /** R-K4 (the QuEr, follow-ups and KP reviews alike): no notice of legal consequences while cooperation works. */
    private static Rule<KpDokumentation> keineRechtsfolgenbelehrung(QuerPolicy policy) {
        return Rule.of("R-K4", "KeineRechtsfolgenbelehrung", KpDokumentation.class, (d, found) -> {
            Kooperationsplan kp = d.getKooperationsplan();
            if (kp == null || d.isKooperationGescheitert() || policy.rechtsfolgenbelehrungWhileCooperating()) {
                return;
            }
            if (kp.isRechtsfolgenbelehrung()) {
                found.error(ProblemCode.WRONG_VALUE, "kooperationsplan.rechtsfolgenbelehrung", "R-K4.notice");
            }
            for (int i = 0; i < kp.getAktivitaeten().size(); i++) {
                if (kp.getAktivitaeten().get(i).isRechtsfolgenbelehrung()) {
                    found.error(ProblemCode.WRONG_VALUE, "kooperationsplan.aktivitaeten[" + i + "].rechtsfolgenbelehrung",
                            "R-K4.notice");
                }
            }
        });
    }

    /**
     * R-Q3 (in every interview, R-Q2): each open point's catch-up date is after the interview and at the latest
     * the policy's working days later ({@link Deadlines#isCatchUpInTime}, the check the decider uses too).
     */
    private static Rule<Gespraechsdokumentation> offenePunkteTermin(Deadlines deadlines) {
        return Rule.of("R-Q3", "OffenePunkteTermin", Gespraechsdokumentation.class, (d, found) -> {
            LocalDate latest = deadlines.catchUpDeadline(d.getDatum()).due();
            for (int i = 0; i < d.getOffenePunkte().size(); i++) {
                if (!deadlines.isCatchUpInTime(d.getDatum(), d.getOffenePunkte().get(i).nachholenBis())) {
                    found.error(ProblemCode.CATCH_UP_DATE, "offenePunkte[" + i + "].nachholenBis", "R-Q3.docs.catchUp", latest);
                }
            }
            if (d.getBeratungsvermerk() != null) {
                List<OffenerVermerkpunkt> points = d.getBeratungsvermerk().getOffenePunkte();
                for (int i = 0; i < points.size(); i++) {
                    if (!deadlines.isCatchUpInTime(d.getDatum(), points.get(i).nachholenBis())) {
                        found.error(ProblemCode.CATCH_UP_DATE, "beratungsvermerk.offenePunkte[" + i + "].nachholenBis",
                                "R-Q3.docs.catchUp", latest);
                    }
                }
            }
        });
    }

    /**
     * R-L2 with the policy's number of months and the same window as R-K3 ({@link #fits}). A date that R-K3
     * already reports on the plan is not reported twice.
     */
    private static Rule<KpDokumentation> naechsteKpUeberpruefung(QuerPolicy policy) {
        return Rule.of("R-L2", "NaechsteKpUeberpruefung", KpDokumentation.class, (d, found) -> {
            int months = policy.kpReviewMonths();
            Kooperationsplan kp = d.getKooperationsplan();
            if (kp != null) {
                LocalDate next = kp.getNaechsteUeberpruefung();
                // missing or outside the plan's own window: R-K3 reports it on the plan
                if (next != null && fits(next, kp.getErstelltAm(), months) && !fits(next, d.getDatum(), months)) {
                    found.error(ProblemCode.WRONG_DATE, "kooperationsplan.naechsteUeberpruefung", "R-L2.late", months);
                }
                return;
            }
            if (d instanceof Folgegespraech f && f.isKpUnveraendertBestaetigt()) {
                LocalDate next = f.getKpNaechsteUeberpruefung();
                if (next == null) {
                    found.error(ProblemCode.MISSING, "kpNaechsteUeberpruefung", "R-L2.missing");
                } else if (!fits(next, d.getDatum(), months)) {
                    found.error(ProblemCode.WRONG_DATE, "kpNaechsteUeberpruefung", "R-L2.late", months);
                }
            }
        });
    }

    // ------------------------------------------------------------------------------ the QuEr alone

    /** R-Q5: without a vocational qualification, a strategy without Ausbildung needs a reason. */
    private static Rule<QuerDokumentation> ausbildungBegruendet() {
        return Rule.of("R-Q5", "AusbildungBegruendet", QuerDokumentation.class, (d, found) -> {
            Handlungsstrategie h = d.getHandlungsstrategie();
            if (h != null && !d.mitglied().berufsabschluss() && !h.getStrategien().contains(Strategie.AUSBILDUNG)
                    && h.getBegruendungOhneAusbildung() == null) {
                found.error(ProblemCode.MISSING, "handlungsstrategie.begruendungOhneAusbildung", "R-Q5.training");
            }
        });
    }

    /** R-Q5: the Sofortangebot is made in the QuEr, on its day. */
    private static Rule<QuerDokumentation> sofortangebotUnverzueglich() {
        return Rule.of("R-Q5", "SofortangebotUnverzueglich", QuerDokumentation.class, (d, found) -> {
            if (d.getSofortangebot() != null && d.getSofortangebot().getAngebotenAm() != null
                    && !d.getSofortangebot().getAngebotenAm().equals(d.getDatum())) {
                found.error(ProblemCode.WRONG_DATE, "sofortangebot.angebotenAm", "R-Q5.offerDate");
            }
        });
    }

    /** R-N1: the note of the QuEr is of Vermerkart "QuEr". */
    private static Rule<QuerDokumentation> vermerkartQuer() {
        return Rule.of("R-N1", "VermerkartQuer", QuerDokumentation.class, (d, found) -> {
            if (d.getBeratungsvermerk() != null && d.getBeratungsvermerk().getVermerkart() != Vermerkart.QUER) {
                found.error(ProblemCode.WRONG_VALUE, "beratungsvermerk.vermerkart", "R-N1.noteType");
            }
        });
    }

    /** R-L1: the note of a follow-up is of Vermerkart "Folgegespräch". */
    private static Rule<Folgegespraech> vermerkartFolgegespraech() {
        return Rule.of("R-L1", "VermerkartFolgegespraech", Folgegespraech.class, (d, found) -> {
            if (d.getBeratungsvermerk() != null && d.getBeratungsvermerk().getVermerkart() != Vermerkart.FOLGEGESPRAECH) {
                found.error(ProblemCode.WRONG_VALUE, "beratungsvermerk.vermerkart", "R-L1.noteType");
            }
        });
    }

    // ------------------------------------------------------------------------------------ the KP

    /** R-K1: the KP is not signed (unless the policy allows it). */
    private static Rule<Kooperationsplan> nichtUnterschrieben(QuerPolicy policy) {
        return Rule.of("R-K1", "NichtUnterschrieben", Kooperationsplan.class, (kp, found) -> {
            if (kp.isUnterschrieben() && !policy.kpSignatureAllowed()) {
                found.error(ProblemCode.WRONG_VALUE, "unterschrieben", "R-K1.signed");
            }
        });
    }

    /** R-K2: scheduled activities of both sides, none dated before the plan. */
    private static Rule<Kooperationsplan> aktivitaetenBeiderSeiten() {
        return Rule.of("R-K2", "AktivitaetenBeiderSeiten", Kooperationsplan.class, (kp, found) -> {
            List<Aktivitaet> list = kp.getAktivitaeten();
            if (list.stream().noneMatch(a -> a.getSeite() == Seite.ELB)) {
                found.error(ProblemCode.MISSING, "aktivitaeten", "R-K2.activities.elb");
            }
            if (list.stream().noneMatch(a -> a.getSeite() == Seite.JOBCENTER)) {
                found.error(ProblemCode.MISSING, "aktivitaeten", "R-K2.activities.jobcenter");
            }
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).getBisWann() != null && list.get(i).getBisWann().isBefore(kp.getErstelltAm())) {
                    found.error(ProblemCode.WRONG_DATE, "aktivitaeten[" + i + "].bisWann", "R-K2.activities.date");
                }
            }
        });
    }

    /** R-K3: the next joint review is after the plan and at the latest the policy's months later. */
    private static Rule<Kooperationsplan> ueberpruefungFaellig(QuerPolicy policy) {
        return Rule.of("R-K3", "UeberpruefungFaellig", Kooperationsplan.class, (kp, found) -> {
            LocalDate next = kp.getNaechsteUeberpruefung();
            int months = policy.kpReviewMonths();
            if (next == null) {
                found.error(ProblemCode.MISSING, "naechsteUeberpruefung", "R-K3.missing");
            } else if (!fits(next, kp.getErstelltAm(), months)) {
                found.error(ProblemCode.WRONG_DATE, "naechsteUeberpruefung", "R-K3.late", months);
            }
        });
    }

    /** R-K2 (warnings): the items § 15 Abs. 2 SGB II asks for. */
    private static Rule<Kooperationsplan> kpSollAngaben() {
        return Rule.of("R-K2", "KpSollAngaben", Kooperationsplan.class, (kp, found) -> {
            if (kp.getEingliederungsleistungen().isEmpty()) {
                found.warning(ProblemCode.MISSING, "eingliederungsleistungen", "R-K2.should");
            }
            if (kp.getEigenbemuehungen() == null) {
                found.warning(ProblemCode.MISSING, "eigenbemuehungen", "R-K2.should");
            }
            if (kp.getKursVorrang() == null) {
                found.warning(ProblemCode.MISSING, "kursVorrang", "R-K2.should");
            }
            if (kp.getZiele().isEmpty()) {
                found.warning(ProblemCode.MISSING, "ziele", "R-K2.should");
            }
        });
    }

    /**
     * The one window of a KP review date (R-K3, R-L2): after the day {@code from} and at the latest
     * {@code months} months later.
     */
    static boolean fits(LocalDate next, LocalDate from, int months) {
        return next.isAfter(from) && !next.isAfter(from.plusMonths(months));
    }

    // ----------------------------------------------------------------------------------- the note

    /**
     * R-N3: every item that the note's Vermerkart requires ({@link Vermerkart#pflichtpunkte()}: all of R-N1 in
     * the QuEr, the summary and the next steps in a follow-up) is there or open. The residence status depends
     * on the person and is checked on the interview ({@link #aufenthaltsstatusNurBeiDrittstaat()}).
     */
    private static Rule<Beratungsvermerk> vermerkVollstaendig() {
        return Rule.of("R-N3", "VermerkVollstaendig", Beratungsvermerk.class, (v, found) -> {
            for (Vermerkpunkt p : Vermerkpunkt.values()) {
                if (p != Vermerkpunkt.AUFENTHALTSSTATUS && required(v, p) && value(v, p) == null && !isOpen(v, p)) {
                    found.error(ProblemCode.MISSING, p.property(), "R-N3.itemMissing");
                }
            }
        });
    }

    /** R-N1: combined measures need a detailed reason. */
    private static Rule<Beratungsvermerk> massnahmezusammenfassung() {
        return Rule.of("R-N1", "Massnahmezusammenfassung", Beratungsvermerk.class, (v, found) -> {
            if (v.isMassnahmenKombiniert() && v.getBegruendungMassnahmezusammenfassung() == null) {
                found.error(ProblemCode.MISSING, "begruendungMassnahmezusammenfassung", "R-N1.combinedMeasures");
            }
        });
    }

    /** The value of an item in a note; the compiler checks that every item has its getter. */
    static Object value(Beratungsvermerk v, Vermerkpunkt p) {
        return switch (p) {
            case GRUND_DER_ANTRAGSTELLUNG -> v.getGrundDerAntragstellung();
            case BG_GROESSE -> v.getBgGroesse();
            case AUFENTHALTSSTATUS -> v.getAufenthaltsstatus();
            case ERGEBNIS_POTENZIALANALYSE -> v.getErgebnisPotenzialanalyse();
            case ZIELBERUF -> v.getZielberuf();
            case GEPLANTE_STRATEGIEN -> v.getGeplanteStrategien();
            case GESPRAECHSZUSAMMENFASSUNG -> v.getGespraechszusammenfassung();
            case WEITERES_VORGEHEN -> v.getWeiteresVorgehen();
        };
    }

    /** Whether the note's Vermerkart requires the item (R-N1 for the QuEr, R-L1 for a follow-up). */
    static boolean required(Beratungsvermerk v, Vermerkpunkt p) {
        return v.getVermerkart() == null || v.getVermerkart().pflichtpunkte().contains(p);
    }

    static boolean isOpen(Beratungsvermerk v, Vermerkpunkt p) {
        for (OffenerVermerkpunkt o : v.getOffenePunkte()) {
            if (o.punkt() == p) {
                return true;
            }
        }
        return false;
    }
}
