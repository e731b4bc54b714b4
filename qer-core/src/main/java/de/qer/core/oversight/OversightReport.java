package de.qer.core.oversight;

import de.qer.core.model.Zustaendigkeit;
import de.qer.core.model.GstCode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The morning list of a business date: every QuEr that is overdue, due today, or due within the next
 * n working days, sorted by due date, and grouped per GST and per responsible IFK.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param today           the business date, not null
 * @param soonWorkingDays n, the look-ahead in working days
 * @param items           the items, sorted by due date, case and member
 */
public record OversightReport(LocalDate today, int soonWorkingDays, List<DueItem> items) {

    /** Rejects a null component with a {@link NullPointerException} that names it; copies the list. */
    public OversightReport {
        Objects.requireNonNull(today, "today");
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    /**
     * The items of one category.
     *
     * @param category the category, not null
     * @return the items, sorted by due date, never null
     */
    public List<DueItem> items(DueCategory category) {
        Objects.requireNonNull(category, "category");
        return items.stream().filter(i -> i.category() == category).toList();
    }

    /**
     * The items per GST.
     *
     * @return GST code to items, sorted by GST code, unmodifiable
     */
    public Map<GstCode, List<DueItem>> byGst() {
        return Collections.unmodifiableMap(items.stream().collect(
                Collectors.groupingBy(DueItem::gst, TreeMap::new, Collectors.toUnmodifiableList())));
    }

    /**
     * The items per responsible IFK (or VM while unassigned).
     *
     * @return responsible party to items, sorted by its code, unmodifiable
     */
    public Map<Zustaendigkeit, List<DueItem>> byZustaendigkeit() {
        return Collections.unmodifiableMap(items.stream().collect(
                Collectors.groupingBy(DueItem::zustaendigkeit, TreeMap::new, Collectors.toUnmodifiableList())));
    }

    /**
     * The list as text, grouped per responsible IFK, one line per item. Ids only, no personal data.
     *
     * @param locale German for German, anything else for English; not null
     * @return the text, never null
     */
    public String format(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        boolean de = "de".equals(locale.getLanguage());
        StringBuilder sb = new StringBuilder();
        sb.append(de ? "Fälligkeiten am " : "Due dates on ").append(today)
                .append(de ? " (bald = innerhalb von " : " (soon = within ").append(soonWorkingDays)
                .append(de ? " Arbeitstagen)\n" : " working days)\n");
        for (Map.Entry<Zustaendigkeit, List<DueItem>> e : byZustaendigkeit().entrySet()) {
            sb.append("  ").append(e.getKey().code()).append('\n');
            for (DueItem i : e.getValue()) {
                sb.append(String.format(Locale.ROOT, "    %-13s %s  %-10s %-8s %s%s%n",
                        i.category().label().in(de ? Locale.GERMAN : Locale.ENGLISH), i.deadline().due(), i.caseId(),
                        i.member(), i.deadline().rule(), missed(i, de)));
            }
        }
        return sb.toString();
    }

    /** R-L3: the missed appointments that explain an item. */
    private static String missed(DueItem i, boolean de) {
        if (i.missedAppointments().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(de ? "  versäumt: " : "  missed: ");
        for (int k = 0; k < i.missedAppointments().size(); k++) {
            var m = i.missedAppointments().get(k);
            sb.append(k == 0 ? "" : ", ").append(m.termin()).append(m.reasonGiven() ? (de ? " (mit Grund)" : " (reason given)")
                    : (de ? " (ohne Grund)" : " (no reason)"));
        }
        return sb.toString();
    }
}
