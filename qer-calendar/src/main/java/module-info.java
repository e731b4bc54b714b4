/**
 * Working days (Arbeitstage) in Nordrhein-Westfalen: statutory holidays, host closure days and
 * working-day arithmetic in constant time. Depends on the JDK only.
 */
module de.qer.calendar {
    exports de.qer.calendar;
}
