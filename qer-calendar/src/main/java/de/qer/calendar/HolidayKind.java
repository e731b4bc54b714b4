package de.qer.calendar;

/**
 * Why a date is a day off in a {@link WorkingDayCalendar}.
 */
public enum HolidayKind implements Labelled {
    /** A statutory public holiday of the calendar's whole Land (R-C2), for example § 2 Feiertagsgesetz NW. */
    STATUTORY("Feiertag", "public holiday"),
    /** A statutory holiday of some communes only, switched on by the host ({@link LocalHoliday}). */
    LOCAL("örtlicher Feiertag", "local public holiday"),
    /** A closure day configured by the host (R-C3), for example 24 or 31 December. */
    CLOSURE_DAY("Schließtag", "closure day");

    private final Label label;

    HolidayKind(String german, String english) {
        this.label = new Label(german, english);
    }

    /**
     * {@inheritDoc}
     */
    @Override
    public Label label() {
        return label;
    }
}
