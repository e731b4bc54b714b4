package de.qer.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashSet;
import java.util.Set;

/**
 * Reference for the property tests: day by day, with its own holiday rules and its own Easter
 * algorithm (Gauss with the Lichtenberg corrections), sharing no code with the production calendar.
 */
final class NaiveCalendar {

    private final Set<LocalDate> closed;
    private final Set<LocalDate> open;

    NaiveCalendar(Set<LocalDate> closed, Set<LocalDate> open) {
        this.closed = closed;
        this.open = open;
    }

    static NaiveCalendar nrw() {
        return new NaiveCalendar(Set.of(), Set.of());
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
        Set<LocalDate> s = new HashSet<>();
        LocalDate e = easter(y);
        s.add(LocalDate.of(y, 1, 1));
        s.add(e.minusDays(2));
        s.add(e.plusDays(1));
        s.add(LocalDate.of(y, 5, 1));
        s.add(e.plusDays(39));
        s.add(e.plusDays(50));
        s.add(e.plusDays(60));
        if (y >= 1990) {
            s.add(LocalDate.of(y, 10, 3));
        }
        if (y <= 1990) {
            s.add(LocalDate.of(y, 6, 17));
        }
        if (y == 2017) {
            s.add(LocalDate.of(y, 10, 31));
        }
        s.add(LocalDate.of(y, 11, 1));
        if (y <= 1994) {
            LocalDate d = LocalDate.of(y, 11, 22);
            while (d.getDayOfWeek() != DayOfWeek.WEDNESDAY) {
                d = d.minusDays(1);
            }
            s.add(d);
        }
        s.add(LocalDate.of(y, 12, 25));
        s.add(LocalDate.of(y, 12, 26));
        return s;
    }

    boolean isWorkingDay(LocalDate d) {
        if (open.contains(d)) {
            return true;
        }
        if (closed.contains(d)) {
            return false;
        }
        return d.getDayOfWeek().getValue() <= 5 && !statutory(d.getYear()).contains(d);
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
