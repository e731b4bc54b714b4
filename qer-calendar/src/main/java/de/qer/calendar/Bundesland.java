package de.qer.calendar;

import java.util.Objects;

/**
 * The 16 Länder of the Federal Republic of Germany, named by their ISO 3166-2 codes (without the
 * {@code DE-} prefix), each with its own statutory holidays (R-C2). {@link WorkingDayCalendar#of(Bundesland)}
 * gives a Land's calendar.
 *
 * <p>Every Land has Neujahrstag, Karfreitag, Ostermontag, Tag der Arbeit, Christi Himmelfahrt,
 * Pfingstmontag, Tag der Deutschen Einheit (since 1990) and the two Weihnachtstage, and until 1994
 * Buß- und Bettag; the western Länder and Berlin also 17 June through 1990. On top of these:
 * <ul>
 *   <li>Heilige Drei Könige (6 January): BW, BY, ST;</li>
 *   <li>Internationaler Frauentag (8 March): BE since 2019, MV since 2023;</li>
 *   <li>Ostersonntag and Pfingstsonntag (Sundays): BB;</li>
 *   <li>Fronleichnam: BW, BY, HE, NW, RP, SL;</li>
 *   <li>Mariä Himmelfahrt (15 August): SL;</li>
 *   <li>Weltkindertag (20 September): TH since 2019;</li>
 *   <li>Reformationstag (31 October): BB, MV, SN, ST, TH; every Land in 2017; HB, HH, NI, SH since 2018;</li>
 *   <li>Allerheiligen (1 November): BW, BY, NW, RP, SL;</li>
 *   <li>Buß- und Bettag: SN also after 1994;</li>
 *   <li>BE once: 8 May 2020 and 8 May 2025 (Tag der Befreiung), 17 June 2028 (75th anniversary of the
 *       uprising of 1953).</li>
 * </ul>
 * The eastern Länder BB, MV, SN, ST and TH, founded on 3 October 1990, follow their later holiday laws
 * for all of 1990. Holidays of single communes are not part of a Land's calendar: see
 * {@link LocalHoliday}.
 */
public enum Bundesland implements Labelled {

    /** Baden-Württemberg. */
    BW("Baden-Württemberg", "Baden-Württemberg"),
    /** Bayern (Bavaria). */
    BY("Bayern", "Bavaria"),
    /** Berlin. */
    BE("Berlin", "Berlin"),
    /** Brandenburg. */
    BB("Brandenburg", "Brandenburg"),
    /** Freie Hansestadt Bremen. */
    HB("Bremen", "Bremen"),
    /** Freie und Hansestadt Hamburg. */
    HH("Hamburg", "Hamburg"),
    /** Hessen (Hesse). */
    HE("Hessen", "Hesse"),
    /** Mecklenburg-Vorpommern (Mecklenburg-Western Pomerania). */
    MV("Mecklenburg-Vorpommern", "Mecklenburg-Western Pomerania"),
    /** Niedersachsen (Lower Saxony). */
    NI("Niedersachsen", "Lower Saxony"),
    /** Nordrhein-Westfalen (North Rhine-Westphalia). */
    NW("Nordrhein-Westfalen", "North Rhine-Westphalia"),
    /** Rheinland-Pfalz (Rhineland-Palatinate). */
    RP("Rheinland-Pfalz", "Rhineland-Palatinate"),
    /** Saarland. */
    SL("Saarland", "Saarland"),
    /** Sachsen (Saxony). */
    SN("Sachsen", "Saxony"),
    /** Sachsen-Anhalt (Saxony-Anhalt). */
    ST("Sachsen-Anhalt", "Saxony-Anhalt"),
    /** Schleswig-Holstein. */
    SH("Schleswig-Holstein", "Schleswig-Holstein"),
    /** Thüringen (Thuringia). */
    TH("Thüringen", "Thuringia");

    private final Label label;

    Bundesland(String germanName, String englishName) {
        this.label = new Label(germanName, englishName);
    }

    /**
     * {@inheritDoc}
     */
    @Override
    public Label label() {
        return label;
    }

    /**
     * The ISO 3166-2 code, for example "DE-NW".
     *
     * @return the code, never null
     */
    public String isoCode() {
        return "DE-" + name();
    }

    /**
     * The section of the Land's holiday law that lists its statutory holidays, for example
     * "§ 2 FTG NW" (Feiertagsgesetz NRW) or "Art. 1 FTG BY".
     *
     * @return the citation, never blank
     */
    public String holidayLaw() {
        return HolidayRules.law(this);
    }

    /**
     * The Land of an ISO 3166-2 code, with or without the {@code DE-} prefix, in any case:
     * "DE-NW", "NW" and "nw" all give {@link #NW}.
     *
     * @param code the code, not null
     * @return the Land, never null
     * @throws IllegalArgumentException if the code names no Land
     */
    public static Bundesland ofIsoCode(String code) {
        Objects.requireNonNull(code, "code");
        String c = code.regionMatches(true, 0, "DE-", 0, 3) ? code.substring(3) : code;
        for (Bundesland land : values()) {
            if (land.name().equalsIgnoreCase(c)) {
                return land;
            }
        }
        throw new IllegalArgumentException("No German Land has the ISO 3166-2 code '" + code
                + "' (DE-BW ... DE-TH) / Kein Bundesland hat den ISO-3166-2-Code '" + code + "'");
    }
}
