/**
 * The QuEr case lifecycle of SGB II as a pure state machine: the case model, the policy with every
 * number of the procedure, deadlines computed with the NRW working-day calendar, and the morning
 * oversight lists.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"}) // Immutables' annotations: compile time only
module de.qer.core {
    requires transitive de.qer.calendar;
    requires transitive io.vavr;
    requires static transitive org.immutables.value.annotations;

    exports de.qer.core;
    exports de.qer.core.model;
    exports de.qer.core.lifecycle;
    exports de.qer.core.oversight;
    exports de.qer.core.rule;
}
