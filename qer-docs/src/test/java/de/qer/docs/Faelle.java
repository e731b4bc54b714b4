package de.qer.docs;

import de.qer.core.Deadlines;
import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.Command;
import de.qer.core.lifecycle.Decision;
import de.qer.core.lifecycle.QuerDecider;
import de.qer.core.lifecycle.Rejection;
import de.qer.core.model.Antrag;
import de.qer.core.model.Arbeitsuche;
import de.qer.core.model.EzAushaendigung;
import de.qer.core.model.FIfkDesignation;
import de.qer.core.model.GstCode;
import de.qer.core.model.Kundenstatus;
import de.qer.core.model.Role;
import de.qer.core.model.Staff;
import de.qer.core.model.StaffId;
import de.qer.core.model.Staffing;
import de.qer.core.model.StatistikEintraege;
import de.qer.docs.validation.QuerReport;
import de.qer.docs.validation.QuerValidator;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * The case of {@link Beispiele} in qer-core's lifecycle: Frau A. applies at GST 03 on Monday 2 Nov 2026, the
 * application is approved on 13 Nov and assigned to the IFK, whose QuEr of 24 Nov is recorded with the
 * evidence of {@link Beispiele#vollstaendig()}. Follow-ups are then decided on that state.
 */
final class Faelle {

    static final GstCode GST = GstCode.of("03");
    static final StaffId EZ = StaffId.of("ez03");
    static final StaffId IFK = StaffId.of("ifk03a");
    static final StaffId F_IFK = StaffId.of("ifk03b");
    static final StaffId LG = StaffId.of("lg03");
    static final StaffId BI = StaffId.of("bi03");
    static final LocalDate ANTRAG = LocalDate.of(2026, 11, 2);
    static final LocalDate BEWILLIGUNG = LocalDate.of(2026, 11, 13);

    private Faelle() {
    }

    static QuerDecider decider() {
        List<FIfkDesignation> plan = new ArrayList<>();
        for (LocalDate d = ANTRAG.minusDays(7); d.isBefore(ANTRAG.plusDays(7)); d = d.plusDays(1)) {
            plan.add(new FIfkDesignation(GST, "BI-Team 1", d, F_IFK));
        }
        return QuerDecider.of(Deadlines.standard(), Staffing.of(List.of(Staff.of("ez03", "03", Role.EZ),
                Staff.of("ifk03a", "03", Role.IFK), Staff.of("ifk03b", "03", Role.IFK), Staff.of("lg03", "03", Role.EXPERTE_LG),
                Staff.of("bi03", "03", Role.EXPERTE_BI)), plan));
    }

    /** The case after the recorded QuEr of Frau A. */
    static CaseState querErfasst(QuerDecider decider) {
        Antrag antrag = Antrag.builder().gst(GST).antragsdatum(ANTRAG).bedarfsgemeinschaft(Beispiele.bedarfsgemeinschaft())
                .ausgehaendigt(EnumSet.allOf(EzAushaendigung.class)).lgTermin(ANTRAG.plusDays(3)).build();
        StatistikEintraege eintraege = StatistikEintraege.builder().kundenstatus(Kundenstatus.ANTRAG).vermittlungsprofilAb(ANTRAG)
                .arbeitsuche(Arbeitsuche.ASU).arbeitsucheAb(ANTRAG).arbeitslosAb(ANTRAG).build();
        QuerReport quer;
        try (QuerValidator validator = QuerValidator.create()) {
            quer = validator.validate(Beispiele.vollstaendig());
        }
        CaseState s = QuerDecider.initialState();
        s = ok(decider, s, new Command.TakeApplication(EZ, ANTRAG, antrag));
        s = ok(decider, s, new Command.ParkOnVm(F_IFK, ANTRAG, eintraege));
        s = ok(decider, s, new Command.ReleaseApproval(LG, BEWILLIGUNG, "LMG-4711"));
        s = ok(decider, s, new Command.AssignIfk(BI, BEWILLIGUNG.plusDays(3), IFK));
        return ok(decider, s, new Command.RecordQuer(IFK, Beispiele.QUER, Beispiele.ELB, quer.toNachweis()));
    }

    /** Decides and applies a command; fails the test on a rejection. */
    static CaseState ok(QuerDecider decider, CaseState state, Command c) {
        Either<Rejection, Decision> r = decide(decider, state, c);
        if (r.isLeft()) {
            throw new AssertionError("rejected: " + r.getLeft().message(Locale.GERMAN));
        }
        return decider.evolve(state, r.get().events());
    }

    static Either<Rejection, Decision> decide(QuerDecider decider, CaseState state, Command c) {
        return decider.decide(state, c);
    }
}
