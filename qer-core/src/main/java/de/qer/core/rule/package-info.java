/**
 * The shape of a rule of the catalogue: {@link de.qer.core.rule.Rule} (rule ID, name, a check that returns
 * problems) and {@link de.qer.core.rule.Problem} (rule, field, severity, code and a
 * {@link de.qer.core.rule.Message} of the one German and English bundle {@code messages_de.properties} /
 * {@code messages_en.properties} of this package, rendered only when asked). The decider, the document rules of
 * qer-docs and their Bean Validation adapter report the same {@code Problem}s; rules that two of them need live
 * here or next to their data once ({@link de.qer.core.rule.Mindeststandards}).
 */
package de.qer.core.rule;
