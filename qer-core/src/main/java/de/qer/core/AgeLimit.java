package de.qer.core;

import java.time.Period;

/**
 * The age limit of § 7a SGB II as a function of the birth year (R-F3). A host whose law changes
 * supplies its own through {@link QuerPolicy}.
 */
@FunctionalInterface
public interface AgeLimit {

    /**
     * The age at which the limit is reached for people born in a year.
     *
     * @param birthYear the birth year
     * @return the limit as years and months, never null
     */
    Period limitFor(int birthYear);

    /**
     * The table of § 7a SGB II exactly as written: born before 1947, 65 years; 1947 to 1958, 65 years
     * plus (birth year − 1946) months; 1959 to 1963, 66 years plus 2 × (birth year − 1958) months;
     * from 1964, 67 years.
     *
     * @return the shared table, never null
     */
    static AgeLimit paragraph7a() {
        return Paragraph7a.INSTANCE;
    }

    /** The § 7a table; a singleton, so that policies holding it compare equal. */
    enum Paragraph7a implements AgeLimit {
        /** The only instance. */
        INSTANCE;

        @Override
        public Period limitFor(int birthYear) {
            if (birthYear < 1947) {
                return Period.ofYears(65);
            }
            if (birthYear <= 1958) {
                return Period.of(65, birthYear - 1946, 0);
            }
            if (birthYear <= 1963) {
                return Period.of(66, 2 * (birthYear - 1958), 0);
            }
            return Period.ofYears(67);
        }

        @Override
        public String toString() {
            return "§ 7a SGB II";
        }
    }
}
