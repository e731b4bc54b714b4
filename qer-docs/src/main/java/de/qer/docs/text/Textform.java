package de.qer.docs.text;

import de.qer.core.Freitext;
import de.qer.core.model.Aufenthaltsstatus;
import de.qer.docs.Aktivitaet;
import de.qer.docs.Beratungsvermerk;
import de.qer.docs.Kooperationsplan;
import de.qer.docs.OffenerVermerkpunkt;
import de.qer.docs.Seite;
import de.qer.docs.Vermerkpunkt;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The text form (Textform, R-K1) of the Kooperationsplan and of the Beratungsvermerk (of the QuEr or of a
 * follow-up interview, R-L1): plain UTF-8 text
 * in German, lines of at most 100 characters, {@code \n} line ends, deterministic (the same document
 * always gives the same text), readable on paper and when pasted into the host.
 *
 * <p>Caller text is printed as it was written, with two exceptions (R-N2, text hygiene): every control
 * character other than tab and line feed, every bidi control (such as U+202E, which would reorder what
 * the reader sees) and every lone surrogate is replaced by U+FFFD, so that a printed plan shows that
 * something was there and a terminal or log receives no escape sequence ({@link Freitext#sanitize(String)});
 * and runs of whitespace inside a text become one space. Rendering takes time linear in the length of
 * the texts; validation reports texts longer than the policy allows, rendering does not refuse them.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Textform {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final int WIDTH = 100;

    private Textform() {
    }

    /**
     * Renders a Kooperationsplan. Activities are listed per side, by date.
     *
     * @param kp the plan, not null
     * @return the text, never null
     */
    public static String kooperationsplan(Kooperationsplan kp) {
        Objects.requireNonNull(kp, "kp");
        StringBuilder sb = new StringBuilder();
        sb.append("KOOPERATIONSPLAN nach § 15 Abs. 2 SGB II\n");
        sb.append("Textform, gemeinsam erarbeitet von eLb und Integrationsfachkraft, ohne Unterschrift\n");
        sb.append(rule());
        sb.append("Fall: ").append(id(kp.getCaseId())).append("    eLb: ").append(id(kp.getPerson())).append('\n');
        sb.append("Erstellt am: ").append(date(kp.getErstelltAm()))
                .append("    Nächste gemeinsame Überprüfung: ").append(date(kp.getNaechsteUeberpruefung())).append("\n\n");
        section(sb, "1. Eingliederungsziel");
        para(sb, kp.getEingliederungsziel());
        section(sb, "2. Wesentliche Schritte");
        list(sb, kp.getSchritte());
        section(sb, "3. Vereinbarte Aktivitäten");
        for (Seite seite : Seite.values()) {
            sb.append("   ").append(seite.label().german()).append('\n');
            List<Aktivitaet> list = new ArrayList<>();
            for (Aktivitaet a : kp.getAktivitaeten()) {
                if (a.getSeite() == seite) {
                    list.add(a);
                }
            }
            list.sort(Comparator.comparing(Aktivitaet::getBisWann, Comparator.nullsLast(Comparator.naturalOrder())));
            if (list.isEmpty()) {
                sb.append("     (keine)\n");
            }
            for (Aktivitaet a : list) {
                wrap(sb, "     bis " + date(a.getBisWann()) + "  " + text(a.getWer()) + ": " + text(a.getWas()), "                     ");
            }
        }
        section(sb, "4. Leistungen zur Eingliederung");
        list(sb, kp.getEingliederungsleistungen());
        section(sb, "5. Eigenbemühungen");
        if (kp.getEigenbemuehungen() == null) {
            sb.append("   (keine Angabe)\n");
        } else {
            wrap(sb, "   Umfang: " + text(kp.getEigenbemuehungen().getUmfang()), "           ");
            wrap(sb, "   Nachweis: " + text(kp.getEigenbemuehungen().getNachweis()), "             ");
        }
        section(sb, "6. Vorrang eines Integrations- oder Sprachkurses");
        sb.append("   ").append(kp.getKursVorrang() == null ? "(keine Angabe)" : kp.getKursVorrang().label().german()).append('\n');
        section(sb, "7. Beteiligte Stellen");
        list(sb, kp.getAndereStellen());
        section(sb, "8. Angestrebte Ausbildung, Tätigkeiten, Arbeitsfelder");
        list(sb, kp.getZiele());
        section(sb, "9. Möglicher Reha-Bedarf");
        para(sb, kp.getRehaHinweis() == null ? "kein Hinweis" : kp.getRehaHinweis());
        sb.append('\n').append(rule());
        if (kp.isRechtsfolgenbelehrung()) {
            sb.append("Dieser Kooperationsplan enthält eine Rechtsfolgenbelehrung.\n");
        } else {
            sb.append("Bei funktionierender Zusammenarbeit ergehen Einladungen, Zuweisungen und das Einfordern von\n"
                    + "Eigenbemühungen ohne Rechtsfolgenbelehrung.\n");
        }
        sb.append("Der Kooperationsplan wird gemeinsam überprüft und fortgeschrieben, spätestens am ")
                .append(date(kp.getNaechsteUeberpruefung())).append(".\n");
        return sb.toString();
    }

    /**
     * Renders a Beratungsvermerk: of Vermerkart QuEr with every item of R-N1 (a missing one as "(offen)"), of
     * Vermerkart Folgegespräch (R-L1) with the items it has and those it requires ({@link
     * de.qer.docs.Vermerkart#pflichtpunkte()}). Texts are sanitized and wrapped as in the plan.
     *
     * @param v the note, not null
     * @return the text, never null
     */
    public static String beratungsvermerk(Beratungsvermerk v) {
        Objects.requireNonNull(v, "v");
        StringBuilder sb = new StringBuilder();
        sb.append("BERATUNGSVERMERK    Vermerkart: ").append(v.getVermerkart() == null ? "-" : v.getVermerkart().label().german()).append('\n');
        sb.append(rule());
        sb.append("Fall: ").append(id(v.getCaseId())).append("    eLb: ").append(id(v.getPerson()))
                .append("    Datum: ").append(date(v.getDatum())).append("\n\n");
        Set<Vermerkpunkt> shown = EnumSet.noneOf(Vermerkpunkt.class);
        shown.addAll(v.getVermerkart() == null ? EnumSet.allOf(Vermerkpunkt.class) : v.getVermerkart().pflichtpunkte());
        v.getOffenePunkte().forEach(o -> shown.add(o.punkt()));
        item(sb, shown, Vermerkpunkt.GRUND_DER_ANTRAGSTELLUNG, "Grund der Antragstellung", v.getGrundDerAntragstellung());
        item(sb, shown, Vermerkpunkt.BG_GROESSE, "Größe der BG", v.getBgGroesse() == null ? null : v.getBgGroesse() + " Personen");
        if (v.getAufenthaltsstatus() != null) {
            item(sb, "Aufenthaltsstatus", label(v.getAufenthaltsstatus()));
        }
        item(sb, shown, Vermerkpunkt.ERGEBNIS_POTENZIALANALYSE, "Ergebnis Potenzialanalyse / Integrationsprognose",
                v.getErgebnisPotenzialanalyse());
        item(sb, shown, Vermerkpunkt.ZIELBERUF, "Zielberuf", v.getZielberuf());
        item(sb, shown, Vermerkpunkt.GEPLANTE_STRATEGIEN, "Geplante Integrationsstrategien", v.getGeplanteStrategien());
        if (v.isMassnahmenKombiniert()) {
            item(sb, "Begründung der Maßnahmezusammenfassung", v.getBegruendungMassnahmezusammenfassung());
        }
        item(sb, "Gesprächszusammenfassung", v.getGespraechszusammenfassung());
        item(sb, "Weiteres Vorgehen", v.getWeiteresVorgehen());
        if (!v.getOffenePunkte().isEmpty()) {
            sb.append("Offene Punkte (werden nachgeholt)\n");
            List<OffenerVermerkpunkt> open = new ArrayList<>(v.getOffenePunkte());
            open.sort(Comparator.comparing(OffenerVermerkpunkt::nachholenBis).thenComparing(OffenerVermerkpunkt::punkt));
            for (OffenerVermerkpunkt o : open) {
                sb.append("   - ").append(o.punkt().label().german()).append(": bis ").append(date(o.nachholenBis())).append('\n');
            }
        }
        return sb.toString();
    }

    /** An item of the note: shown when it is there, required by the Vermerkart, or open. */
    private static void item(StringBuilder sb, Set<Vermerkpunkt> shown, Vermerkpunkt p, String label, String value) {
        if (value != null || shown.contains(p)) {
            item(sb, label, value);
        }
    }

    private static String label(Aufenthaltsstatus s) {
        String n = s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    private static String rule() {
        return "-".repeat(WIDTH) + "\n";
    }

    private static void section(StringBuilder sb, String title) {
        sb.append(title).append('\n');
    }

    private static void item(StringBuilder sb, String label, String value) {
        sb.append(label).append('\n');
        para(sb, value == null ? "(offen)" : value);
        sb.append('\n');
    }

    private static void para(StringBuilder sb, String text) {
        wrap(sb, "   " + text(text), "   ");
    }

    private static void list(StringBuilder sb, List<String> items) {
        if (items.isEmpty()) {
            sb.append("   (keine)\n");
        }
        for (String s : items) {
            wrap(sb, "   - " + text(s), "     ");
        }
    }

    /** A caller's text as printed: control and bidi characters replaced, whitespace runs as one space. */
    private static String text(String s) {
        return s == null ? "(keine Angabe)" : collapse(Freitext.sanitize(s));
    }

    /** An id as printed: ids are caller text too. */
    private static String id(Object id) {
        return Freitext.sanitize(String.valueOf(id));
    }

    /** Strips the text and turns every run of ASCII whitespace into one space, in one pass. */
    private static String collapse(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        StringBuilder sb = new StringBuilder(to - from);
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                space = true;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String date(LocalDate d) {
        return d == null ? "(kein Datum)" : DATE.format(d);
    }

    /**
     * Word-wraps a line at {@link #WIDTH}, continuing with the indent: each line is cut at its last space
     * within the width (or, if there is none after the indent, at the width, never inside a surrogate
     * pair), and the next line is the indent and the rest without leading whitespace. One pass over the
     * line with indices: the time is linear in its length (the first release copied the rest of the
     * text for every line, which took seconds for a megabyte).
     */
    static void wrap(StringBuilder sb, String line, String indent) {
        int n = line.length();
        int pos = 0;      // the rest of the line starts here
        int end = n;      // and ends here (after the first cut: without trailing whitespace)
        int prefix = 0;   // the rest is printed after this many characters of the indent: none on the first line
        while (prefix + end - pos > WIDTH) {
            int cut = lastSpace(line, pos, pos + WIDTH - prefix);
            cut = cut >= 0 ? prefix + cut - pos : (prefix > 0 ? indent.lastIndexOf(' ') : -1);
            if (cut <= indent.length()) {
                cut = WIDTH;
            }
            int at = pos + cut - prefix;
            if (cut == WIDTH && at - 1 > pos && Character.isHighSurrogate(line.charAt(at - 1))
                    && Character.isLowSurrogate(line.charAt(at))) {
                at--;
            }
            if (prefix > 0) {
                sb.append(indent);
            }
            sb.append(line, pos, at).append('\n');
            if (prefix == 0) {
                while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
                    end--;
                }
                prefix = indent.length();
            }
            pos = at;
            while (pos < end && Character.isWhitespace(line.charAt(pos))) {
                pos++;
            }
            pos = Math.min(pos, end);
        }
        if (prefix > 0) {
            sb.append(indent);
        }
        sb.append(line, pos, end).append('\n');
    }

    /** The index of the last space in {@code line[from, to]}, or -1. */
    private static int lastSpace(String line, int from, int to) {
        for (int i = to; i >= from; i--) {
            if (line.charAt(i) == ' ') {
                return i;
            }
        }
        return -1;
    }
}
