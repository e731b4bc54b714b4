package de.qer.json;

import static de.qer.json.Codecs.BOOLEAN;
import static de.qer.json.Codecs.DATE;
import static de.qer.json.Codecs.INT;
import static de.qer.json.Codecs.STRING;
import static de.qer.json.Codecs.enumByName;
import static de.qer.json.Codecs.enumSet;
import static de.qer.json.Codecs.list;
import static de.qer.json.Codecs.optional;

import de.qer.core.Deadline;
import de.qer.core.KundensteuerungPolicy;
import de.qer.core.model.Antrag;
import de.qer.core.model.Arbeitsuche;
import de.qer.core.model.Aufenthaltsstatus;
import de.qer.core.model.Bedarfsgemeinschaft;
import de.qer.core.model.CaseId;
import de.qer.core.model.EzAushaendigung;
import de.qer.core.model.FIfkDesignation;
import de.qer.core.model.Geschaeftsstelle;
import de.qer.core.model.GstCode;
import de.qer.core.model.Kundenstatus;
import de.qer.core.model.Kundensteuerung;
import de.qer.core.model.Mindeststandard;
import de.qer.core.model.Mitglied;
import de.qer.core.model.OffenerPunkt;
import de.qer.core.model.PersonId;
import de.qer.core.model.QuerNachweis;
import de.qer.core.model.Role;
import de.qer.core.model.Staff;
import de.qer.core.model.StaffId;
import de.qer.core.model.StatistikEintraege;
import de.qer.core.model.Zustaendigkeit;
import java.util.List;

/** The codecs of the models of {@code de.qer.core.model} and of the deadline. */
final class ModelCodecs {

    private ModelCodecs() {
    }

    // ids and codes: plain strings
    static final Codec<CaseId> CASE_ID = Codecs.stringValue("CaseId", CaseId::of, CaseId::value);
    static final Codec<PersonId> PERSON_ID = Codecs.stringValue("PersonId", PersonId::of, PersonId::value);
    static final Codec<StaffId> STAFF_ID = Codecs.stringValue("StaffId", StaffId::of, StaffId::value);
    static final Codec<GstCode> GST_CODE = Codecs.stringValue("GstCode", GstCode::of, GstCode::value);

    // enums: the constant name is the frozen code
    static final Codec<Arbeitsuche> ARBEITSUCHE = enumByName(Arbeitsuche.class);
    static final Codec<Aufenthaltsstatus> AUFENTHALTSSTATUS = enumByName(Aufenthaltsstatus.class);
    static final Codec<Kundenstatus> KUNDENSTATUS = enumByName(Kundenstatus.class);
    static final Codec<Kundensteuerung> KUNDENSTEUERUNG = enumByName(Kundensteuerung.class);
    static final Codec<Mindeststandard> MINDESTSTANDARD = enumByName(Mindeststandard.class);
    static final Codec<Role> ROLE = enumByName(Role.class);

    static final ObjectCodec<Deadline> DEADLINE = deadline();
    static final ObjectCodec<Mitglied> MITGLIED = mitglied();
    static final ObjectCodec<Bedarfsgemeinschaft> BEDARFSGEMEINSCHAFT = bedarfsgemeinschaft();
    static final ObjectCodec<Antrag> ANTRAG = antrag();
    static final ObjectCodec<StatistikEintraege> STATISTIK_EINTRAEGE = statistikEintraege();
    static final ObjectCodec<OffenerPunkt> OFFENER_PUNKT = offenerPunkt();
    static final ObjectCodec<QuerNachweis> QUER_NACHWEIS = querNachweis();
    static final ObjectCodec<KundensteuerungPolicy.Suggestion> SUGGESTION = suggestion();
    static final ObjectCodec<Staff> STAFF = staff();
    static final ObjectCodec<FIfkDesignation> F_IFK_DESIGNATION = fIfkDesignation();
    static final ObjectCodec<Geschaeftsstelle> GESCHAEFTSSTELLE = geschaeftsstelle();
    static final UnionCodec<Zustaendigkeit> ZUSTAENDIGKEIT = zustaendigkeit();

    private static ObjectCodec<Deadline> deadline() {
        var due = Field.of("due", Deadline::due, DATE);
        var trigger = Field.of("trigger", Deadline::trigger, DATE);
        var workingDays = Field.of("workingDays", Deadline::workingDays, INT);
        var rule = Field.of("rule", Deadline::rule, STRING);
        return ObjectCodec.of("Deadline", v -> new Deadline(v.get(due), v.get(trigger), v.get(workingDays), v.get(rule)),
                List.of(due, trigger, workingDays, rule));
    }

    private static ObjectCodec<Mitglied> mitglied() {
        var id = Field.of("id", Mitglied::id, PERSON_ID);
        var geburtsdatum = Field.of("geburtsdatum", Mitglied::geburtsdatum, DATE);
        var erwerbsfaehig = Field.of("erwerbsfaehig", Mitglied::erwerbsfaehig, BOOLEAN);
        var dritt = Field.of("drittstaatsangehoerig", Mitglied::drittstaatsangehoerig, BOOLEAN);
        var aufenthalt = Field.of("aufenthaltsstatus", Mitglied::aufenthaltsstatus, optional(AUFENTHALTSSTATUS));
        var berufsabschluss = Field.of("berufsabschluss", Mitglied::berufsabschluss, BOOLEAN);
        var algAnspruch = Field.of("algAnspruch", Mitglied::algAnspruch, BOOLEAN);
        var algBezugBis = Field.of("algBezugBis", Mitglied::algBezugBis, optional(DATE));
        var reha = Field.of("rehaBedarf", Mitglied::rehaBedarf, BOOLEAN);
        var mitgliedSeit = Field.of("mitgliedSeit", Mitglied::mitgliedSeit, optional(DATE));
        return ObjectCodec.of("Mitglied", v -> Mitglied.builder()
                .id(v.get(id))
                .geburtsdatum(v.get(geburtsdatum))
                .erwerbsfaehig(v.get(erwerbsfaehig))
                .drittstaatsangehoerig(v.get(dritt))
                .aufenthaltsstatus(v.get(aufenthalt))
                .berufsabschluss(v.get(berufsabschluss))
                .algAnspruch(v.get(algAnspruch))
                .algBezugBis(v.get(algBezugBis))
                .rehaBedarf(v.get(reha))
                .mitgliedSeit(v.get(mitgliedSeit))
                .build(), List.of(id, geburtsdatum, erwerbsfaehig, dritt, aufenthalt, berufsabschluss, algAnspruch,
                algBezugBis, reha, mitgliedSeit));
    }

    private static ObjectCodec<Bedarfsgemeinschaft> bedarfsgemeinschaft() {
        var id = Field.of("id", Bedarfsgemeinschaft::id, CASE_ID);
        var hv = Field.of("haushaltsvorstand", Bedarfsgemeinschaft::haushaltsvorstand, PERSON_ID);
        var mitglieder = Field.of("mitglieder", Bedarfsgemeinschaft::mitglieder, list(MITGLIED));
        return ObjectCodec.of("Bedarfsgemeinschaft", v -> Bedarfsgemeinschaft.builder()
                .id(v.get(id)).haushaltsvorstand(v.get(hv)).mitglieder(v.get(mitglieder)).build(),
                List.of(id, hv, mitglieder));
    }

    private static ObjectCodec<Antrag> antrag() {
        var gst = Field.of("gst", Antrag::gst, GST_CODE);
        var antragsdatum = Field.of("antragsdatum", Antrag::antragsdatum, DATE);
        var bg = Field.of("bedarfsgemeinschaft", Antrag::bedarfsgemeinschaft, BEDARFSGEMEINSCHAFT);
        var ausgehaendigt = Field.of("ausgehaendigt", Antrag::ausgehaendigt, enumSet(EzAushaendigung.class));
        var lgTermin = Field.of("lgTermin", Antrag::lgTermin, optional(DATE));
        var seit = Field.of("beschaeftigungslosSeit", Antrag::beschaeftigungslosSeit, optional(DATE));
        return ObjectCodec.of("Antrag", v -> Antrag.builder()
                .gst(v.get(gst))
                .antragsdatum(v.get(antragsdatum))
                .bedarfsgemeinschaft(v.get(bg))
                .ausgehaendigt(v.get(ausgehaendigt))
                .lgTermin(v.get(lgTermin))
                .beschaeftigungslosSeit(v.get(seit))
                .build(), List.of(gst, antragsdatum, bg, ausgehaendigt, lgTermin, seit));
    }

    private static ObjectCodec<StatistikEintraege> statistikEintraege() {
        var kundenstatus = Field.of("kundenstatus", StatistikEintraege::kundenstatus, optional(KUNDENSTATUS));
        var vpAb = Field.of("vermittlungsprofilAb", StatistikEintraege::vermittlungsprofilAb, optional(DATE));
        var arbeitsuche = Field.of("arbeitsuche", StatistikEintraege::arbeitsuche, optional(ARBEITSUCHE));
        var asuAb = Field.of("arbeitsucheAb", StatistikEintraege::arbeitsucheAb, optional(DATE));
        var alAb = Field.of("arbeitslosAb", StatistikEintraege::arbeitslosAb, optional(DATE));
        return ObjectCodec.of("StatistikEintraege", v -> StatistikEintraege.builder()
                .kundenstatus(v.get(kundenstatus))
                .vermittlungsprofilAb(v.get(vpAb))
                .arbeitsuche(v.get(arbeitsuche))
                .arbeitsucheAb(v.get(asuAb))
                .arbeitslosAb(v.get(alAb))
                .build(), List.of(kundenstatus, vpAb, arbeitsuche, asuAb, alAb));
    }

    private static ObjectCodec<OffenerPunkt> offenerPunkt() {
        var key = Field.of("key", OffenerPunkt::key, STRING);
        var thema = Field.of("thema", OffenerPunkt::thema, STRING);
        var betrifft = Field.of("betrifft", OffenerPunkt::betrifft, optional(MINDESTSTANDARD));
        var bis = Field.of("nachholenBis", OffenerPunkt::nachholenBis, DATE);
        return ObjectCodec.of("OffenerPunkt", v -> new OffenerPunkt(v.get(key), v.get(thema), v.get(betrifft), v.get(bis)),
                List.of(key, thema, betrifft, bis));
    }

    private static ObjectCodec<QuerNachweis> querNachweis() {
        var erfuellt = Field.of("erfuellt", QuerNachweis::erfuellt, enumSet(Mindeststandard.class));
        var punkte = Field.of("offenePunkte", QuerNachweis::offenePunkte, list(OFFENER_PUNKT));
        var ks = Field.of("kundensteuerungErforderlich", QuerNachweis::kundensteuerungErforderlich, BOOLEAN);
        return ObjectCodec.of("QuerNachweis", v -> QuerNachweis.builder()
                .erfuellt(v.get(erfuellt))
                .offenePunkte(v.get(punkte))
                .kundensteuerungErforderlich(v.get(ks))
                .build(), List.of(erfuellt, punkte, ks));
    }

    private static ObjectCodec<KundensteuerungPolicy.Suggestion> suggestion() {
        var target = Field.of("target", KundensteuerungPolicy.Suggestion::target, KUNDENSTEUERUNG);
        var reason = Field.of("reason", KundensteuerungPolicy.Suggestion::reason, STRING);
        return ObjectCodec.of("Suggestion", v -> new KundensteuerungPolicy.Suggestion(v.get(target), v.get(reason)),
                List.of(target, reason));
    }

    private static ObjectCodec<Staff> staff() {
        var id = Field.of("id", Staff::id, STAFF_ID);
        var gst = Field.of("gst", Staff::gst, GST_CODE);
        var roles = Field.of("roles", Staff::roles, enumSet(Role.class));
        return ObjectCodec.of("Staff", v -> new Staff(v.get(id), v.get(gst), v.get(roles)), List.of(id, gst, roles));
    }

    private static ObjectCodec<FIfkDesignation> fIfkDesignation() {
        var gst = Field.of("gst", FIfkDesignation::gst, GST_CODE);
        var team = Field.of("team", FIfkDesignation::team, STRING);
        var day = Field.of("day", FIfkDesignation::day, DATE);
        var ifk = Field.of("ifk", FIfkDesignation::ifk, STAFF_ID);
        return ObjectCodec.of("FIfkDesignation", v -> new FIfkDesignation(v.get(gst), v.get(team), v.get(day), v.get(ifk)),
                List.of(gst, team, day, ifk));
    }

    private static UnionCodec<Zustaendigkeit> zustaendigkeit() {
        var ifk = Field.of("ifk", Zustaendigkeit.Ifk::ifk, STAFF_ID);
        var gst = Field.of("gst", Zustaendigkeit.Vm::gst, GST_CODE);
        return UnionCodec.<Zustaendigkeit>builder("Zustaendigkeit")
                .add(Zustaendigkeit.Ifk.class, ObjectCodec.of("Ifk", v -> new Zustaendigkeit.Ifk(v.get(ifk)), List.of(ifk)))
                .add(Zustaendigkeit.Vm.class, ObjectCodec.of("Vm", v -> new Zustaendigkeit.Vm(v.get(gst)), List.of(gst)))
                .build();
    }

    private static ObjectCodec<Geschaeftsstelle> geschaeftsstelle() {
        var code = Field.of("code", Geschaeftsstelle::code, GST_CODE);
        var name = Field.of("name", Geschaeftsstelle::name, STRING);
        return ObjectCodec.of("Geschaeftsstelle", v -> new Geschaeftsstelle(v.get(code), v.get(name)), List.of(code, name));
    }
}
