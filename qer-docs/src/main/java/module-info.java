/**
 * The documents of the QuEr: the Beratungsvermerk, the Kooperationsplan, the Potenzialanalyse and its
 * results as immutable models; Jakarta Bean Validation constraints that name their rule; the report of
 * the minimum standards (R-Q1); and the plain-text form (R-K1).
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"}) // Immutables' annotations: compile time only
module de.qer.docs {
    requires transitive de.qer.core;
    requires transitive jakarta.validation;
    requires static transitive org.immutables.value.annotations;

    exports de.qer.docs;
    exports de.qer.docs.validation;
    exports de.qer.docs.text;

    // any Jakarta Validation provider reads the constrained getters of the models reflectively
    opens de.qer.docs;
}
