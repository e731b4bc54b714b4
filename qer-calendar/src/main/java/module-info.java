/**
 * Working days (Arbeitstage) in the German Länder: statutory holidays of each Land, holidays of
 * single communes, host closure days and working-day arithmetic in constant time. Depends on the JDK
 * only.
 */
module de.qer.calendar {
    exports de.qer.calendar;
}
