/**
 * The versioned JSON contract of qer: a Jackson 3 module that maps the commands, events, case states,
 * models and reports of {@code de.qer.core} to JSON and back, the {@link de.qer.json.EventEnvelope} of
 * stored events with its schema versions and upcasters, and the {@link de.qer.json.QerJson} facade.
 *
 * <p>Every type is written and read by hand-written code through the public API of qer-core (record
 * accessors and canonical constructors, the builders of the Immutables models): no reflection, no
 * annotations in qer-core, no {@code --add-opens} on the module path.
 */
module de.qer.json {
    requires transitive de.qer.core;
    requires transitive tools.jackson.databind;
    // optional: QerDocsJsonModule maps qer-docs' documents for hosts that use qer-docs
    requires static de.qer.docs;

    exports de.qer.json;
}
