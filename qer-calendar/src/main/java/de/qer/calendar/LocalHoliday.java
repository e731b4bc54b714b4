package de.qer.calendar;

import java.time.LocalDate;

/**
 * Statutory holidays that hold only in some communes of a Land, so they are not part of the Land's
 * calendar. A host in such a commune switches them on:
 *
 * <pre>{@code
 * WorkingDayCalendar augsburg = WorkingDayCalendar.of(Bundesland.BY)
 *         .withLocalHolidays(Set.of(LocalHoliday.AUGSBURGER_FRIEDENSFEST));
 * }</pre>
 *
 * <p>They then count like the Land's holidays: they are no working days, and {@code holidays},
 * {@code holidaysOn} and {@code explain} list them by name with {@link HolidayKind#LOCAL} and their law.
 * Each applies for the whole supported range; for SN and TH, founded in October 1990, that follows
 * their later law as for their Land-wide holidays.
 */
public enum LocalHoliday implements Labelled {

    /**
     * Augsburger Hohes Friedensfest, 8 August, in the city of Augsburg (Art. 1 Abs. 2 FTG BY).
     */
    AUGSBURGER_FRIEDENSFEST(Bundesland.BY, HolidayRules.AUGSBURGER_FRIEDENSFEST, "Art. 1 Abs. 2 FTG BY",
            "Stadt Augsburg", "the city of Augsburg"),
    /**
     * Mariä Himmelfahrt, 15 August, in the Bavarian communes with a predominantly Catholic population
     * (Art. 1 Abs. 1 Nr. 2 FTG BY); the Bayerisches Landesamt für Statistik publishes the list.
     */
    MARIAE_HIMMELFAHRT_BY(Bundesland.BY, HolidayRules.MARIAE_HIMMELFAHRT, "Art. 1 Abs. 1 Nr. 2 FTG BY",
            "Gemeinden mit überwiegend katholischer Bevölkerung", "communes with a predominantly Catholic population"),
    /**
     * Fronleichnam in the regions of Saxony (in the Sorbian settlement area, Landkreis Bautzen) that
     * the Staatsministerium des Innern names by ordinance (§ 1 Abs. 1 SächsSFG).
     */
    FRONLEICHNAM_SN(Bundesland.SN, HolidayRules.FRONLEICHNAM, "§ 1 Abs. 1 SächsSFG",
            "durch Rechtsverordnung des Staatsministeriums des Innern bestimmte Regionen (sorbisches Siedlungsgebiet)",
            "regions named by ordinance of the Saxon ministry of the interior (Sorbian settlement area)"),
    /**
     * Fronleichnam in the parts of Thuringia where it was a holiday in 1994, communes with a
     * predominantly Catholic population (the Eichsfeld and parts of the Unstrut-Hainich-Kreis and the
     * Wartburgkreis) (§ 2 Abs. 2 ThürFGtG).
     */
    FRONLEICHNAM_TH(Bundesland.TH, HolidayRules.FRONLEICHNAM, "§ 2 Abs. 2 ThürFGtG",
            "Gemeinden, in denen Fronleichnam 1994 gesetzlicher Feiertag war (Eichsfeld, Teile des Unstrut-Hainich-Kreises und des Wartburgkreises)",
            "communes where it was a holiday in 1994 (Eichsfeld, parts of Unstrut-Hainich-Kreis and Wartburgkreis)");

    private final Bundesland land;
    /** The holiday number in {@link HolidayRules}: the date rule and the names. */
    private final int holiday;
    private final String law;
    private final Label area;

    LocalHoliday(Bundesland land, int holiday, String law, String area, String englishArea) {
        this.land = land;
        this.holiday = holiday;
        this.law = law;
        this.area = new Label(area, englishArea);
    }

    /**
     * The Land whose law makes this a holiday in some of its communes; only that Land's calendar accepts it.
     *
     * @return the Land, never null
     */
    public Bundesland land() {
        return land;
    }

    /**
     * The name in German and English, for example "Augsburger Hohes Friedensfest" / "Augsburg Peace Festival".
     *
     * @return the name, never null
     */
    @Override
    public Label label() {
        return HolidayRules.label(holiday);
    }

    /**
     * The law that makes this a holiday, for example "Art. 1 Abs. 2 FTG BY".
     *
     * @return the citation, never blank
     */
    public String law() {
        return law;
    }

    /**
     * Where it is a holiday, in German and English, for example "Stadt Augsburg" / "the city of Augsburg".
     *
     * @return the description, never null
     */
    public Label area() {
        return area;
    }

    /**
     * The date of this holiday in a year.
     *
     * @param year the year, in the supported range 1990 to 2200
     * @return the date, never null
     * @throws java.time.DateTimeException if the year is outside the supported range (R-C6)
     */
    public LocalDate dateIn(int year) {
        if (year < CalendarIndex.MIN_YEAR || year > CalendarIndex.MAX_YEAR) {
            throw CalendarIndex.outOfRange(String.valueOf(year));
        }
        return LocalDate.ofYearDay(year, HolidayRules.dayOfYear0(holiday, year) + 1);
    }

    /** The 0-based day of the year, for building bitmaps without dates. */
    int dayOfYear0(int year) {
        return HolidayRules.dayOfYear0(holiday, year);
    }

    /** This holiday in a year as a {@link Holiday} of kind {@link HolidayKind#LOCAL}. */
    Holiday in(int year) {
        return new Holiday(dateIn(year), label(), HolidayKind.LOCAL, law, CalendarIndex.MIN_YEAR);
    }
}
