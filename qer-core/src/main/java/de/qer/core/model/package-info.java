/**
 * The case model of the QuEr: Geschäftsstellen, staff and the daily F-IFK, the Bedarfsgemeinschaft
 * and its members, the application, the statistics entries and the evidence of a QuEr. Personal data
 * (birth dates, residence status, health hints) never appears in {@code toString}.
 */
@Value.Style(jdkOnly = true, redactedMask = "***", defaults = @Value.Immutable(copy = true))
package de.qer.core.model;

import org.immutables.value.Value;
