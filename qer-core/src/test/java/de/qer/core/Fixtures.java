package de.qer.core;

import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.Command;
import de.qer.core.lifecycle.Decision;
import de.qer.core.lifecycle.Event;
import de.qer.core.lifecycle.QuerDecider;
import de.qer.core.lifecycle.Rejection;
import de.qer.core.model.Antrag;
import de.qer.core.model.Arbeitsuche;
import de.qer.core.model.Bedarfsgemeinschaft;
import de.qer.core.model.CaseId;
import de.qer.core.model.EzAushaendigung;
import de.qer.core.model.FIfkDesignation;
import de.qer.core.model.GstCode;
import de.qer.core.model.Kundenstatus;
import de.qer.core.model.Mindeststandard;
import de.qer.core.model.Mitglied;
import de.qer.core.model.PersonId;
import de.qer.core.model.QuerNachweis;
import de.qer.core.model.Role;
import de.qer.core.model.Staff;
import de.qer.core.model.StaffId;
import de.qer.core.model.Staffing;
import de.qer.core.model.StatistikEintraege;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Sample fixtures that read like the seed: GST 03 with its EZ, IFKs, the F-IFK of the day and the
 * Experten, and a BG applying on Monday 2 November 2026.
 */
public final class Fixtures {

    public static final GstCode GST = GstCode.of("03");
    public static final StaffId EZ = StaffId.of("ez03");
    public static final StaffId IFK = StaffId.of("ifk03a");
    public static final StaffId F_IFK = StaffId.of("ifk03b");
    public static final StaffId LG = StaffId.of("lg03");
    public static final StaffId BI = StaffId.of("bi03");
    public static final StaffId EXPERTE_GST = StaffId.of("exp03");
    public static final StaffId OTHER_GST_EZ = StaffId.of("ez05");
    public static final StaffId STRANGER = StaffId.of("nobody");
    public static final StaffId BI_05 = StaffId.of("bi05");
    public static final StaffId IFK_05 = StaffId.of("ifk05");

    public static final LocalDate ANTRAG = LocalDate.of(2026, 11, 2);
    public static final LocalDate BEWILLIGUNG = LocalDate.of(2026, 11, 13);

    public static final PersonId HA = PersonId.of("p1");
    public static final PersonId PARTNER_ALG = PersonId.of("p2");
    public static final PersonId KIND_16 = PersonId.of("p3");
    public static final PersonId KIND_14 = PersonId.of("p4");

    private Fixtures() {
    }

    public static Staffing staffing() {
        List<FIfkDesignation> plan = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 10, 1); d.isBefore(LocalDate.of(2027, 3, 1)); d = d.plusDays(1)) {
            plan.add(new FIfkDesignation(GST, "BI-Team 1", d, F_IFK));
        }
        return Staffing.of(List.of(
                Staff.of("ez03", "03", Role.EZ),
                Staff.of("ifk03a", "03", Role.IFK),
                Staff.of("ifk03b", "03", Role.IFK),
                Staff.of("lg03", "03", Role.EXPERTE_LG),
                Staff.of("bi03", "03", Role.EXPERTE_BI),
                Staff.of("exp03", "03", Role.EXPERTE_GST),
                Staff.of("ez05", "05", Role.EZ),
                Staff.of("ifk05", "05", Role.IFK),
                Staff.of("bi05", "05", Role.EXPERTE_BI)), plan);
    }

    public static QuerDecider decider() {
        return QuerDecider.of(Deadlines.standard(), staffing());
    }

    public static Mitglied ha() {
        return Mitglied.builder().id(HA).geburtsdatum(LocalDate.of(1986, 5, 12)).berufsabschluss(true).build();
    }

    public static Mitglied partnerAlg() {
        return Mitglied.builder().id(PARTNER_ALG).geburtsdatum(LocalDate.of(1988, 3, 3)).algAnspruch(true).build();
    }

    public static Mitglied kind16() {
        return Mitglied.builder().id(KIND_16).geburtsdatum(LocalDate.of(2010, 6, 10)).build();
    }

    public static Mitglied kind14() {
        return Mitglied.builder().id(KIND_14).geburtsdatum(LocalDate.of(2012, 1, 20)).build();
    }

    public static Bedarfsgemeinschaft bgAllein() {
        return Bedarfsgemeinschaft.builder().id(CaseId.of("BG-1")).haushaltsvorstand(HA).addMitglieder(ha()).build();
    }

    public static Bedarfsgemeinschaft bgFamilie() {
        return Bedarfsgemeinschaft.builder().id(CaseId.of("BG-2")).haushaltsvorstand(HA)
                .addMitglieder(ha(), partnerAlg(), kind16(), kind14()).build();
    }

    public static Antrag antrag(Bedarfsgemeinschaft bg) {
        return Antrag.builder().gst(GST).antragsdatum(ANTRAG).bedarfsgemeinschaft(bg)
                .ausgehaendigt(EnumSet.allOf(EzAushaendigung.class)).lgTermin(ANTRAG.plusDays(3)).build();
    }

    public static StatistikEintraege eintraege() {
        return StatistikEintraege.builder().kundenstatus(Kundenstatus.ANTRAG).vermittlungsprofilAb(ANTRAG)
                .arbeitsuche(Arbeitsuche.ASU).arbeitsucheAb(ANTRAG).arbeitslosAb(ANTRAG).build();
    }

    public static QuerNachweis vollstaendig() {
        return QuerNachweis.builder().erfuellt(EnumSet.range(Mindeststandard.FMG_DATEN, Mindeststandard.BERATUNGSVERMERK)).build();
    }

    /** Drives a case; fails the test on any rejection. */
    public static final class Run {
        public final QuerDecider decider;
        public CaseState state = QuerDecider.initialState();
        public final List<Event> events = new ArrayList<>();

        public Run(QuerDecider decider) {
            this.decider = decider;
        }

        public Run ok(Command c) {
            Either<Rejection, Decision> r = decider.decide(state, c);
            if (r.isLeft()) {
                throw new AssertionError("rejected: " + r.getLeft().message(java.util.Locale.GERMAN));
            }
            events.addAll(r.get().events());
            state = decider.evolve(state, r.get().events());
            return this;
        }

        public Rejection rejected(Command c) {
            Either<Rejection, Decision> r = decider.decide(state, c);
            if (r.isRight()) {
                throw new AssertionError("accepted, expected a rejection: " + r.get().events());
            }
            return r.getLeft();
        }
    }

    /** Application taken, parked, approved on 13 Nov 2026 and assigned to {@link #IFK}. */
    public static Run assigned(Bedarfsgemeinschaft bg) {
        return new Run(decider())
                .ok(new Command.TakeApplication(EZ, ANTRAG, antrag(bg)))
                .ok(new Command.ParkOnVm(F_IFK, ANTRAG, eintraege()))
                .ok(new Command.ReleaseApproval(LG, BEWILLIGUNG, "LMG-4711"))
                .ok(new Command.AssignIfk(BI, BEWILLIGUNG.plusDays(3), IFK));
    }
}
