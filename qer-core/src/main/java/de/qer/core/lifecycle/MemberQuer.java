package de.qer.core.lifecycle;

import de.qer.core.model.Kundensteuerung;
import de.qer.core.model.OffenerPunkt;
import de.qer.core.model.PersonId;
import io.vavr.collection.List;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The record of one BG member: QuEr status and due date, the next appointment, open points (R-Q3),
 * routing (R-S1), and after the QuEr the follow-up interviews (R-L1), the next KP review (R-L2), missed
 * appointments (R-L3) and the member's exit from the case (R-L4).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param person       the member, not null
 * @param status       the QuEr status, not null
 * @param termin       the next scheduled appointment (the QuEr or a follow-up), if any
 * @param offenePunkte the open points not yet resolved, not null
 * @param steuerung    the routing decision, if any
 * @param kpReview     the next review date of the Kooperationsplan, once there is one (R-L2)
 * @param lastInterview the day of the last interview (the QuEr or a follow-up), if any
 * @param missed       the missed appointments, oldest first, not null (R-L3)
 * @param exit         the member's exit from the case, if any (R-L4)
 */
public record MemberQuer(PersonId person, QuerStatus status, Optional<LocalDate> termin,
                         List<OffenerPunkt> offenePunkte, Optional<Kundensteuerung> steuerung,
                         Optional<LocalDate> kpReview, Optional<LocalDate> lastInterview,
                         List<MissedAppointment> missed, Optional<MemberExit> exit) {

    /** Rejects a null component with a {@link NullPointerException} that names it. */
    public MemberQuer {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(termin, "termin");
        Objects.requireNonNull(offenePunkte, "offenePunkte");
        Objects.requireNonNull(steuerung, "steuerung");
        Objects.requireNonNull(kpReview, "kpReview");
        Objects.requireNonNull(lastInterview, "lastInterview");
        Objects.requireNonNull(missed, "missed");
        Objects.requireNonNull(exit, "exit");
    }

    /**
     * A member with a status and nothing else yet.
     *
     * @param person the member, not null
     * @param status the status, not null
     * @return the record, never null
     */
    public static MemberQuer of(PersonId person, QuerStatus status) {
        return new MemberQuer(person, status, Optional.empty(), List.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.empty(), Optional.empty());
    }

    /**
     * Tells whether the member still belongs to the case on a date (R-L4).
     *
     * @param day the date, not null
     * @return false from the day of the member's exit on
     */
    public boolean isActiveOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return exit.map(e -> !e.isOutOn(day)).orElse(true);
    }

    MemberQuer withStatus(QuerStatus s) {
        return new MemberQuer(person, s, termin, offenePunkte, steuerung, kpReview, lastInterview, missed, exit);
    }

    MemberQuer withTermin(Optional<LocalDate> t) {
        return new MemberQuer(person, status, t, offenePunkte, steuerung, kpReview, lastInterview, missed, exit);
    }

    MemberQuer withOffenePunkte(List<OffenerPunkt> p) {
        return new MemberQuer(person, status, termin, p, steuerung, kpReview, lastInterview, missed, exit);
    }

    MemberQuer withSteuerung(Kundensteuerung k) {
        return new MemberQuer(person, status, termin, offenePunkte, Optional.of(k), kpReview, lastInterview, missed, exit);
    }

    MemberQuer withInterview(LocalDate day, Optional<LocalDate> nextKpReview) {
        return new MemberQuer(person, status, Optional.empty(), offenePunkte, steuerung,
                nextKpReview.isPresent() ? nextKpReview : kpReview, Optional.of(day), missed, exit);
    }

    MemberQuer withKpReview(LocalDate next) {
        return new MemberQuer(person, status, termin, offenePunkte, steuerung, Optional.of(next), lastInterview, missed, exit);
    }

    MemberQuer withMissed(MissedAppointment m) {
        return new MemberQuer(person, status, Optional.empty(), offenePunkte, steuerung, kpReview, lastInterview,
                missed.append(m), exit);
    }

    MemberQuer withExit(MemberExit e) {
        return new MemberQuer(person, status, termin, offenePunkte, steuerung, kpReview, lastInterview, missed, Optional.of(e));
    }
}
