package de.qer.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reference for the property tests: day by day, with its own holiday rules and its own Easter
 * algorithm (Gauss with the Lichtenberg corrections), sharing no code with the production calendar.
 */
final class NaiveCalendar {

    private final Bundesland land;
    private final Set<LocalHoliday> local;
    private final Set<LocalDate> closed;
    private final Set<LocalDate> open;
    private final Map<Integer, Set<LocalDate>> daysOff = new HashMap<>();

    NaiveCalendar(Set<LocalDate> closed, Set<LocalDate> open) {
        this(Bundesland.NW, Set.of(), closed, open);
    }

    NaiveCalendar(Bundesland land, Set<LocalHoliday> local, Set<LocalDate> closed, Set<LocalDate> open) {
        this.land = land;
        this.local = local;
        this.closed = closed;
        this.open = open;
    }

    static NaiveCalendar nrw() {
        return of(Bundesland.NW);
    }

    static NaiveCalendar of(Bundesland land) {
        return new NaiveCalendar(land, Set.of(), Set.of(), Set.of());
    }

    static LocalDate easter(int x) {
        int k = x / 100;
        int m = 15 + (3 * k + 3) / 4 - (8 * k + 13) / 25;
        int s = 2 - (3 * k + 3) / 4;
        int a = x % 19;
        int d = (19 * a + m) % 30;
        int r = (d + a / 11) / 29;
        int og = 21 + d - r;
        int sz = 7 - (x + x / 4 + s) % 7;
        int oe = 7 - (og - sz) % 7;
        int os = og + oe; // day of March, may exceed 31
        return LocalDate.of(x, Month.MARCH, 1).plusDays(os - 1L);
    }

    static Set<LocalDate> statutory(int y) {
        return statutory(Bundesland.NW, y);
    }

    /**
     * The Land-wide holidays, written from the Länder laws one holiday at a time, independently of
     * the production rules table. The eastern Länder follow their later laws for all of 1990.
     */
    static Set<LocalDate> statutory(Bundesland land, int y) {
        String l = land.name();
        boolean east = in(l, "BB MV SN ST TH");
        Set<LocalDate> s = new HashSet<>();
        LocalDate e = easter(y);
        s.add(LocalDate.of(y, 1, 1));
        s.add(e.minusDays(2));
        s.add(e.plusDays(1));
        s.add(LocalDate.of(y, 5, 1));
        s.add(e.plusDays(39));
        s.add(e.plusDays(50));
        s.add(LocalDate.of(y, 12, 25));
        s.add(LocalDate.of(y, 12, 26));
        if (y >= 1990) {
            s.add(LocalDate.of(y, 10, 3));
        }
        if (y <= 1990 && !east) {
            s.add(LocalDate.of(y, 6, 17));
        }
        if (in(l, "BW BY ST")) {
            s.add(LocalDate.of(y, 1, 6));
        }
        if (l.equals("BE") && y >= 2019 || l.equals("MV") && y >= 2023) {
            s.add(LocalDate.of(y, 3, 8));
        }
        if (l.equals("BB")) {
            s.add(e);
            s.add(e.plusDays(49));
        }
        if (l.equals("BE") && (y == 2020 || y == 2025)) {
            s.add(LocalDate.of(y, 5, 8));
        }
        if (l.equals("BE") && y == 2028) {
            s.add(LocalDate.of(y, 6, 17));
        }
        if (in(l, "BW BY HE NW RP SL")) {
            s.add(e.plusDays(60));
        }
        if (l.equals("SL")) {
            s.add(LocalDate.of(y, 8, 15));
        }
        if (l.equals("TH") && y >= 2019) {
            s.add(LocalDate.of(y, 9, 20));
        }
        if (east || y == 2017 || y >= 2018 && in(l, "HB HH NI SH")) {
            s.add(LocalDate.of(y, 10, 31));
        }
        if (in(l, "BW BY NW RP SL")) {
            s.add(LocalDate.of(y, 11, 1));
        }
        if (y <= 1994 || l.equals("SN")) {
            LocalDate d = LocalDate.of(y, 11, 22);
            while (d.getDayOfWeek() != DayOfWeek.WEDNESDAY) {
                d = d.minusDays(1);
            }
            s.add(d);
        }
        return s;
    }

    /** The date of a commune's holiday, written independently of LocalHoliday.dateIn. */
    static LocalDate local(LocalHoliday h, int y) {
        return switch (h.name()) {
            case "AUGSBURGER_FRIEDENSFEST" -> LocalDate.of(y, Month.AUGUST, 8);
            case "MARIAE_HIMMELFAHRT_BY" -> LocalDate.of(y, Month.AUGUST, 15);
            default -> easter(y).plusDays(60); // Fronleichnam in SN and TH
        };
    }

    private static boolean in(String land, String lands) {
        return Arrays.asList(lands.split(" ")).contains(land);
    }

    private Set<LocalDate> daysOff(int y) {
        return daysOff.computeIfAbsent(y, year -> {
            Set<LocalDate> s = new HashSet<>(statutory(land, year));
            for (LocalHoliday h : local) {
                s.add(local(h, year));
            }
            return s;
        });
    }

    boolean isWorkingDay(LocalDate d) {
        if (open.contains(d)) {
            return true;
        }
        if (closed.contains(d)) {
            return false;
        }
        return d.getDayOfWeek().getValue() <= 5 && !daysOff(d.getYear()).contains(d);
    }

    LocalDate plus(LocalDate start, int n) {
        LocalDate d = start;
        int step = n >= 0 ? 1 : -1;
        for (int left = Math.abs(n); left > 0; ) {
            d = d.plusDays(step);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    int between(LocalDate a, LocalDate b) {
        int sign = 1;
        if (b.isBefore(a)) {
            LocalDate t = a;
            a = b;
            b = t;
            sign = -1;
        }
        int count = 0;
        for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return sign * count;
    }
}
