/**
 * The documents of the QuEr as immutable models: {@link de.qer.docs.Beratungsvermerk},
 * {@link de.qer.docs.Kooperationsplan}, {@link de.qer.docs.Potenzialanalyse},
 * {@link de.qer.docs.Integrationsprognose}, {@link de.qer.docs.Handlungsstrategie},
 * {@link de.qer.docs.Sofortangebot}, and {@link de.qer.docs.QuerDokumentation}, which brings them
 * together with the case; {@link de.qer.docs.Folgegespraech} for a later interview and
 * {@link de.qer.docs.KpUeberpruefung} for a KP review, checked with the same constraints (R-Q2, R-L1, R-L2). Accessors are {@code get*}/{@code is*} so that every Jakarta Validation
 * provider applies their constraints. {@code toString} shows ids and dates, never texts or personal data.
 */
@Value.Style(jdkOnly = true, get = {"get*", "is*"}, defaults = @Value.Immutable(copy = true))
package de.qer.docs;

import org.immutables.value.Value;
