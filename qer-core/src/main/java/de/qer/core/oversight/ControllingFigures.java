package de.qer.core.oversight;

import java.util.OptionalDouble;

/**
 * The controlling figures of one group of QuEr (R-L6): how many were due, held in time, held late,
 * are still open or overdue, and the median number of working days from the trigger to the QuEr.
 *
 * <p>Every QuEr that is due is exactly one of held in time, held late, open or overdue, so
 * {@code due == heldInTime + heldLate + open + overdue}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param due               the QuEr due in the group
 * @param heldInTime        held on or before the due date
 * @param heldLate          held after the due date
 * @param open              not held, due today or later
 * @param overdue           not held, due before today
 * @param medianWorkingDays the median of the working days from the trigger (approval, import month,
 *                          end of ALG) to the QuEr over the held ones; empty when none was held
 */
public record ControllingFigures(int due, int heldInTime, int heldLate, int open, int overdue,
                                 OptionalDouble medianWorkingDays) {

    /**
     * Rejects a null {@code medianWorkingDays} with a {@link NullPointerException}, and a negative count or counts that
     * do not add up to {@code due} with an {@link IllegalArgumentException} (R-L6).
     */
    public ControllingFigures {
        java.util.Objects.requireNonNull(medianWorkingDays, "medianWorkingDays");
        if (heldInTime < 0 || heldLate < 0 || open < 0 || overdue < 0
                || (long) heldInTime + heldLate + open + overdue != due) {
            throw new IllegalArgumentException("R-L6: due (" + due + ") must be the sum of held in time, held late, open"
                    + " and overdue / fällig muss die Summe aus fristgerecht, verspätet, offen und überfällig sein");
        }
    }

    /**
     * The QuEr held, in time or late.
     *
     * @return {@code heldInTime + heldLate}
     */
    public int held() {
        return heldInTime + heldLate;
    }

    /**
     * The share held in time among the decided QuEr: those held (in time or late) and those overdue,
     * which can no longer be held in time. An open QuEr (due today or later, not held) is not decided yet
     * and does not count.
     *
     * @return {@code heldInTime / (heldInTime + heldLate + overdue)} between 0 and 1, or empty when no
     *         QuEr of the group is decided
     */
    public OptionalDouble shareInTime() {
        int decided = heldInTime + heldLate + overdue;
        return decided == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) heldInTime / decided);
    }
}
