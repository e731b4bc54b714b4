package de.qer.core;

import de.qer.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * The deadlines of the QuEr procedure (R-F1 to R-F4, R-E2, R-Q3), computed only with the working-day
 * calendar (R-F5) and the numbers of a {@link QuerPolicy}. The state machine uses these same
 * functions.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Deadlines {

    /** The earliest birth date or start of unemployment that qer accepts (R-C6). */
    public static final LocalDate EARLIEST_LIFE_DATE = LocalDate.of(1900, 1, 1);

    private static final Deadlines STANDARD = new Deadlines(QuerPolicy.standard(), WorkingDayCalendar.nrw());

    private final QuerPolicy policy;
    private final WorkingDayCalendar calendar;

    private Deadlines(QuerPolicy policy, WorkingDayCalendar calendar) {
        this.policy = policy;
        this.calendar = calendar;
    }

    /**
     * The standard policy with the NRW calendar.
     *
     * @return the shared instance, never null
     */
    public static Deadlines standard() {
        return STANDARD;
    }

    /**
     * Deadlines for a policy and a calendar.
     *
     * @param policy   the policy, not null
     * @param calendar the calendar, not null
     * @return the deadlines, never null
     */
    public static Deadlines of(QuerPolicy policy, WorkingDayCalendar calendar) {
        return new Deadlines(Objects.requireNonNull(policy, "policy"), Objects.requireNonNull(calendar, "calendar"));
    }

    /**
     * The policy.
     *
     * @return the policy, never null
     */
    public QuerPolicy policy() {
        return policy;
    }

    /**
     * The calendar.
     *
     * @return the calendar, never null
     */
    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /**
     * R-F1 with its derivation.
     *
     * @param approvalDate the Bewilligung dem Grunde nach, not null
     * @return the deadline, never null
     */
    public Deadline applicantDeadline(LocalDate approvalDate) {
        Objects.requireNonNull(approvalDate, "approvalDate");
        return deadline(approvalDate, policy.querDueWorkingDays(), "R-F1");
    }

    /**
     * R-F2 with its derivation (counted from the last day of the import month).
     *
     * @param importMonth the month of the import, not null
     * @return the deadline, never null
     */
    public Deadline importDeadline(YearMonth importMonth) {
        Objects.requireNonNull(importMonth, "importMonth");
        return deadline(importMonth.atEndOfMonth(), policy.importDueWorkingDays(), "R-F2");
    }

    /**
     * R-F3: whether a person is QuEr-relevant by age on a date: from the 15th birthday (born 29 Feb:
     * from 1 March in common years) up to the end of the month in which the age limit of § 7a SGB II
     * is completed. Erwerbsfähigkeit is not part of this test.
     *
     * @param birthDate the birth date, not null
     * @param on        the date, not null
     * @return true if relevant by age
     */
    public boolean isQuerRelevant(LocalDate birthDate, LocalDate on) {
        checkLifeDate(birthDate, "birthDate");
        Objects.requireNonNull(on, "on");
        if (on.isBefore(birthDate)) {
            return false;
        }
        return Period.between(birthDate, on).getYears() >= policy.minimumAge() && !on.isAfter(lastDayAsElb(birthDate));
    }

    /**
     * R-F3: the first day of QuEr relevance by age (the birthday of the minimum age).
     *
     * @param birthDate the birth date, not null
     * @return the date from which the person has completed the minimum age, never null
     */
    public LocalDate relevantFrom(LocalDate birthDate) {
        checkLifeDate(birthDate, "birthDate");
        LocalDate anniversary = birthDate.plusYears(policy.minimumAge());
        // 29 Feb in a common year: java.time clamps to 28 Feb, but the year is completed only then (R-F3)
        return anniversary.getDayOfMonth() == birthDate.getDayOfMonth() ? anniversary : anniversary.plusDays(1);
    }

    /**
     * R-F3: the last day as eLb by age: the end of the month in which the § 7a limit is completed.
     * The limit is completed at the end of the day before the anniversary, so a person born on the 1st
     * of a month leaves one month earlier.
     *
     * @param birthDate the birth date, not null
     * @return the last day of relevance, never null
     */
    public LocalDate lastDayAsElb(LocalDate birthDate) {
        checkLifeDate(birthDate, "birthDate");
        LocalDate anniversary = birthDate.plus(policy.ageLimit().limitFor(birthDate.getYear()));
        // when the anniversary does not exist (29 Feb, 31st) java.time clamps to the month's last day,
        // which is the day on which the limit is completed (§ 188 Abs. 3 BGB)
        LocalDate completed = anniversary.getDayOfMonth() == birthDate.getDayOfMonth()
                ? anniversary.minusDays(1) : anniversary;
        return completed.with(TemporalAdjusters.lastDayOfMonth());
    }

    /**
     * R-F4 with its derivation.
     *
     * @param requestDate the day of the request, not null
     * @return the deadline, never null
     */
    public Deadline earlyRequestDeadline(LocalDate requestDate) {
        Objects.requireNonNull(requestDate, "requestDate");
        return deadline(requestDate, policy.earlyRequestWorkingDays(), "R-F4");
    }

    /**
     * R-E2 with its derivation.
     *
     * @param lastDayOfAlg the last day of ALG receipt, not null
     * @return the deadline, never null
     */
    public Deadline afterAlgDeadline(LocalDate lastDayOfAlg) {
        Objects.requireNonNull(lastDayOfAlg, "lastDayOfAlg");
        return deadline(lastDayOfAlg, policy.afterAlgWorkingDays(), "R-E2");
    }

    /**
     * R-Q3: the latest day to catch up on an open point of a QuEr, {@code openPointCatchUpWorkingDays}
     * Arbeitstage after the QuEr.
     *
     * @param querDate the day of the QuEr, not null
     * @return the deadline, naming R-Q3
     * @throws java.time.DateTimeException if the deadline leaves the calendar's range (R-C6)
     */
    public Deadline catchUpDeadline(LocalDate querDate) {
        Objects.requireNonNull(querDate, "querDate");
        return deadline(querDate, policy.openPointCatchUpWorkingDays(), "R-Q3");
    }

    /**
     * R-Q3: whether an open point's catch-up date fits: after the interview and at the latest on
     * {@link #catchUpDeadline(LocalDate)}. The one check of the decider (open points of a QuEr or follow-up)
     * and of qer-docs (the open points of a documented interview).
     *
     * @param interview the day of the QuEr or follow-up, not null
     * @param catchUp   the catch-up date, not null
     * @return true if the date fits
     * @throws java.time.DateTimeException if the latest date lies outside the calendar's range
     */
    public boolean isCatchUpInTime(LocalDate interview, LocalDate catchUp) {
        Objects.requireNonNull(catchUp, "catchUp");
        LocalDate latest = catchUpDeadline(interview).due(); // first: a window beyond the calendar is an error (R-C6)
        return catchUp.isAfter(interview) && !catchUp.isAfter(latest);
    }

    /**
     * R-C6 for the dates of a life (a birth date, the start of unemployment): they may lie before the
     * calendar's range, but not before {@link #EARLIEST_LIFE_DATE} nor after the range.
     *
     * @param date  the date, not null
     * @param field the name of the parameter or field, for the message; not null
     * @return the date
     * @throws java.time.DateTimeException if the date is outside that range
     */
    public LocalDate checkLifeDate(LocalDate date, String field) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(date, field);
        if (date.isBefore(EARLIEST_LIFE_DATE) || date.isAfter(calendar.maxSupported())) {
            throw new java.time.DateTimeException("R-C6: " + field + " " + date + " is outside the supported range "
                    + EARLIEST_LIFE_DATE + " to " + calendar.maxSupported() + " / " + field
                    + " liegt außerhalb des unterstützten Bereichs");
        }
        return date;
    }

    private Deadline deadline(LocalDate trigger, int workingDays, String rule) {
        return new Deadline(calendar.plusWorkingDays(trigger, workingDays), trigger, workingDays, rule);
    }
}
