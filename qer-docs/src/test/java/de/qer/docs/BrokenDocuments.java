package de.qer.docs;

import de.qer.core.model.Mindeststandard;
import de.qer.core.model.OffenerPunkt;
import java.time.LocalDate;
import java.util.List;

/** Documents with one or more defects each, together triggering every constraint type. */
final class BrokenDocuments {

    private BrokenDocuments() {
    }

    /** Follow-ups with a QuEr note, no KP, and a confirmed KP without its next review (R-L1, R-L2). */
    static List<Folgegespraech> folgegespraeche() {
        ImmutableFolgegespraech ok = ImmutableFolgegespraech.copyOf(Beispiele.folgegespraech());
        return List.of(
                ok.withBeratungsvermerk(ImmutableBeratungsvermerk.copyOf(ok.getBeratungsvermerk()).withVermerkart(Vermerkart.QUER))
                        .withKpNaechsteUeberpruefung(null).withKpUnveraendertBestaetigt(false),
                ok.withKpNaechsteUeberpruefung(null));
    }

    static List<QuerDokumentation> all() {
        ImmutableQuerDokumentation ok = ImmutableQuerDokumentation.copyOf(Beispiele.vollstaendig());
        ImmutableBeratungsvermerk note = ImmutableBeratungsvermerk.copyOf(Beispiele.vermerk());
        ImmutableKooperationsplan kp = ImmutableKooperationsplan.copyOf(Beispiele.kooperationsplan());
        return List.of(
                ok.withBeratungsvermerk(note.withVermerkart(Vermerkart.SONSTIGE).withZielberuf(null).withGrundDerAntragstellung("-")
                        .withBgGroesse(5).withAufenthaltsstatus(null).withMassnahmenKombiniert(true)),
                ok.withKooperationsplan(kp.withUnterschrieben(true).withRechtsfolgenbelehrung(true).withAktivitaeten(List.of())
                        .withNaechsteUeberpruefung(null).withEingliederungsleistungen(List.of()).withSchritte(List.of())),
                ok.withKooperationsplan(kp.withRehaHinweis("Hinweis \u001B[2J").withSchritte(" ", "")),
                ok.withPotenzialanalyse(null).withHandlungsstrategie(Handlungsstrategie.builder()
                        .addStrategien(Strategie.VERMITTLUNG_IN_ARBEIT).build())
                        .withSofortangebot(Sofortangebot.builder().from(Beispiele.vollstaendig().getSofortangebot())
                                .angebotenAm(LocalDate.of(2027, 1, 4)).build())
                        .withOffenePunkte(OffenerPunkt.fuer("OP-1", Mindeststandard.INTEGRATIONSPROGNOSE, LocalDate.of(2027, 3, 1))));
    }
}
