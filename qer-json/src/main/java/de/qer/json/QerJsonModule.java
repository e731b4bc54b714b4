package de.qer.json;

import de.qer.core.Deadline;
import de.qer.core.KundensteuerungPolicy;
import de.qer.core.lifecycle.CaseEndReason;
import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.Clarification;
import de.qer.core.lifecycle.ClarificationOutcome;
import de.qer.core.lifecycle.ClarificationTask;
import de.qer.core.lifecycle.Command;
import de.qer.core.lifecycle.D3Workflow;
import de.qer.core.lifecycle.Event;
import de.qer.core.lifecycle.MemberExit;
import de.qer.core.lifecycle.MemberQuer;
import de.qer.core.lifecycle.MissedAppointment;
import de.qer.core.lifecycle.QuerStatus;
import de.qer.core.model.Antrag;
import de.qer.core.model.Arbeitsuche;
import de.qer.core.model.Aufenthaltsstatus;
import de.qer.core.model.Bedarfsgemeinschaft;
import de.qer.core.model.CaseId;
import de.qer.core.model.EzAushaendigung;
import de.qer.core.model.FIfkDesignation;
import de.qer.core.model.Geschaeftsstelle;
import de.qer.core.model.GstCode;
import de.qer.core.model.Kundenstatus;
import de.qer.core.model.Kundensteuerung;
import de.qer.core.model.Mindeststandard;
import de.qer.core.model.Mitglied;
import de.qer.core.model.OffenerPunkt;
import de.qer.core.model.PersonId;
import de.qer.core.model.QuerNachweis;
import de.qer.core.model.Role;
import de.qer.core.model.Staff;
import de.qer.core.model.StaffId;
import de.qer.core.model.StatistikEintraege;
import de.qer.core.model.Zustaendigkeit;
import tools.jackson.core.Version;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module of qer's JSON contract. Register it on the host's mapper, as one does with the
 * {@code java.time} module:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new QerJsonModule()).build();
 * String json = mapper.writeValueAsString(event);
 * Event back = mapper.readValue(json, Event.class);
 * }</pre>
 *
 * <p>It maps the commands, events, case states, QuEr statuses, models, ids and codes of qer-core both
 * ways, the {@link EventEnvelope} both ways, and the oversight and controlling reports one way (to
 * JSON). Sealed hierarchies carry a {@code "type"} property with a frozen type name; ids are strings,
 * dates ISO-8601, enums their frozen codes, empty optionals {@code null}; every property is required
 * and an unknown one is an error ({@link QerJsonException}). See {@code docs/json.md}.
 *
 * <p>The module holds no state; one instance may be registered on any number of mappers.
 */
public final class QerJsonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The module's name, as Jackson reports it. */
    public static final String NAME = "qer-json";

    /** Creates the module. */
    public QerJsonModule() {
        super(NAME, Version.unknownVersion());
        // ids and codes
        both(CaseId.class, ModelCodecs.CASE_ID);
        both(PersonId.class, ModelCodecs.PERSON_ID);
        both(StaffId.class, ModelCodecs.STAFF_ID);
        both(GstCode.class, ModelCodecs.GST_CODE);
        both(Arbeitsuche.class, ModelCodecs.ARBEITSUCHE);
        both(Aufenthaltsstatus.class, ModelCodecs.AUFENTHALTSSTATUS);
        both(Kundenstatus.class, ModelCodecs.KUNDENSTATUS);
        both(Kundensteuerung.class, ModelCodecs.KUNDENSTEUERUNG);
        both(Mindeststandard.class, ModelCodecs.MINDESTSTANDARD);
        both(Role.class, ModelCodecs.ROLE);
        both(EzAushaendigung.class, Codecs.enumByName(EzAushaendigung.class));
        both(CaseEndReason.class, LifecycleCodecs.CASE_END_REASON);
        both(ClarificationOutcome.class, LifecycleCodecs.CLARIFICATION_OUTCOME);
        both(QuerStatus.Grund.class, LifecycleCodecs.GRUND);
        both(MemberExit.Reason.class, LifecycleCodecs.EXIT_REASON);
        both(D3Workflow.Kind.class, LifecycleCodecs.D3_KIND);
        // models and values
        both(Deadline.class, ModelCodecs.DEADLINE);
        both(Mitglied.class, ModelCodecs.MITGLIED);
        both(Bedarfsgemeinschaft.class, ModelCodecs.BEDARFSGEMEINSCHAFT);
        both(Antrag.class, ModelCodecs.ANTRAG);
        both(StatistikEintraege.class, ModelCodecs.STATISTIK_EINTRAEGE);
        both(OffenerPunkt.class, ModelCodecs.OFFENER_PUNKT);
        both(QuerNachweis.class, ModelCodecs.QUER_NACHWEIS);
        both(KundensteuerungPolicy.Suggestion.class, ModelCodecs.SUGGESTION);
        both(Staff.class, ModelCodecs.STAFF);
        both(FIfkDesignation.class, ModelCodecs.F_IFK_DESIGNATION);
        both(Geschaeftsstelle.class, ModelCodecs.GESCHAEFTSSTELLE);
        both(MissedAppointment.class, LifecycleCodecs.MISSED_APPOINTMENT);
        both(MemberExit.class, LifecycleCodecs.MEMBER_EXIT);
        both(Clarification.class, LifecycleCodecs.CLARIFICATION);
        both(ClarificationTask.class, LifecycleCodecs.CLARIFICATION_TASK);
        both(D3Workflow.class, LifecycleCodecs.D3_WORKFLOW);
        both(MemberQuer.class, LifecycleCodecs.MEMBER_QUER);
        // sealed hierarchies: the interface and each variant
        union(Zustaendigkeit.class, ModelCodecs.ZUSTAENDIGKEIT);
        union(QuerStatus.class, LifecycleCodecs.QUER_STATUS);
        union(CaseState.class, LifecycleCodecs.CASE_STATE);
        addDeserializer(CaseState.NachBewilligung.class, new CodecDeserializer<>(CaseState.NachBewilligung.class, LifecycleCodecs.CASE_STATE));
        union(Event.class, Contract.EVENTS);
        addDeserializer(Event.ForMember.class, new CodecDeserializer<>(Event.ForMember.class, Contract.EVENTS));
        union(Command.class, Contract.COMMANDS);
        // the envelope of stored events
        both(EventEnvelope.class, EnvelopeCodec.ENVELOPE);
        // reports: to JSON only
        ReportCodecs.register(this);
    }

    private <T> void both(Class<T> type, Codec<T> codec) {
        addSerializer(type, new CodecSerializer<>(codec));
        addDeserializer(type, new CodecDeserializer<>(type, codec));
    }

    /** A type written to JSON only: its deserializer rejects every input (instead of Jackson's default binding). */
    <T> void writeOnly(Class<T> type, Codec<T> codec) {
        both(type, codec);
    }

    private <T> void union(Class<T> type, UnionCodec<T> codec) {
        both(type, codec);
        for (UnionCodec.Variant<? extends T> v : codec.variants()) {
            variant(v.type, codec);
        }
    }

    private <T, S extends T> void variant(Class<S> type, UnionCodec<T> codec) {
        addSerializer(type, new CodecSerializer<>(codec));
        addDeserializer(type, new CodecDeserializer<>(type, codec));
    }
}
