package de.qer.core.lifecycle;

import de.qer.core.model.Kundensteuerung;
import de.qer.core.model.OffenerPunkt;
import de.qer.core.model.PersonId;
import io.vavr.collection.List;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The QuEr record of one BG member: status and due date, appointment, open points (R-Q3) and routing
 * (R-S1).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param person      the member, not null
 * @param status      the QuEr status, not null
 * @param termin      the scheduled QuEr appointment, if any
 * @param offenePunkte the open points not yet resolved, not null
 * @param steuerung   the routing decision, if any
 */
public record MemberQuer(PersonId person, QuerStatus status, Optional<LocalDate> termin,
                         List<OffenerPunkt> offenePunkte, Optional<Kundensteuerung> steuerung) {

    /**
     * Creates a member record.
     *
     * @param person the member, not null
     * @param status the QuEr status, not null
     * @param termin the scheduled QuEr appointment, if any
     * @param offenePunkte the open points not yet resolved, not null
     * @param steuerung the routing decision, if any
     * @throws NullPointerException if a component is null
     */
    public MemberQuer {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(termin, "termin");
        Objects.requireNonNull(offenePunkte, "offenePunkte");
        Objects.requireNonNull(steuerung, "steuerung");
    }

    /**
     * A member with a status and nothing else yet.
     *
     * @param person the member, not null
     * @param status the status, not null
     * @return the record, never null
     */
    public static MemberQuer of(PersonId person, QuerStatus status) {
        return new MemberQuer(person, status, Optional.empty(), List.empty(), Optional.empty());
    }

    MemberQuer withStatus(QuerStatus s) {
        return new MemberQuer(person, s, termin, offenePunkte, steuerung);
    }

    MemberQuer withTermin(LocalDate t) {
        return new MemberQuer(person, status, Optional.of(t), offenePunkte, steuerung);
    }

    MemberQuer withOffenePunkte(List<OffenerPunkt> p) {
        return new MemberQuer(person, status, termin, p, steuerung);
    }

    MemberQuer withSteuerung(Kundensteuerung k) {
        return new MemberQuer(person, status, termin, offenePunkte, Optional.of(k));
    }
}
