package de.qer.json;

import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.Command;
import de.qer.core.lifecycle.Event;
import de.qer.core.lifecycle.QuerStatus;
import de.qer.core.model.Zustaendigkeit;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place where the type names of the sealed hierarchies are chosen, with the current schema
 * version of each event type. A type name, once published, never changes and is never reused (it is
 * chosen once and not derived from the Java class name: a Java rename leaves it alone); a change of an
 * event's data raises its version here and adds an {@link Upcaster} from the old one.
 */
final class TypeNames {

    private static final Map<Class<?>, String> NAMES = new HashMap<>();
    private static final Map<String, Integer> VERSIONS = new LinkedHashMap<>();

    /** The current schema version per event type name, in the order of the list below. */
    static final Map<String, Integer> EVENT_VERSIONS = Collections.unmodifiableMap(VERSIONS);

    static {
        // events: type name, current schema version
        event(Event.ApplicationTaken.class, "ApplicationTaken", 1);
        event(Event.ParkedOnVm.class, "ParkedOnVm", 1);
        event(Event.ActiveSupportRequested.class, "ActiveSupportRequested", 1);
        event(Event.ClarificationRecorded.class, "ClarificationRecorded", 1);
        event(Event.ApplicationRejected.class, "ApplicationRejected", 1);
        event(Event.ApplicationWithdrawn.class, "ApplicationWithdrawn", 1);
        event(Event.ApprovalReleased.class, "ApprovalReleased", 1);
        event(Event.IfkAssigned.class, "IfkAssigned", 1);
        event(Event.QuerStatusSet.class, "QuerStatusSet", 1);
        event(Event.QuerAppointmentScheduled.class, "QuerAppointmentScheduled", 2);
        event(Event.QuerRecorded.class, "QuerRecorded", 1);
        event(Event.OpenPointRecorded.class, "OpenPointRecorded", 1);
        event(Event.OpenPointResolved.class, "OpenPointResolved", 1);
        event(Event.MembersImported.class, "MembersImported", 1);
        event(Event.AlgEnded.class, "AlgEnded", 1);
        event(Event.ElbRouted.class, "ElbRouted", 1);
        event(Event.FollowUpScheduled.class, "FollowUpScheduled", 1);
        event(Event.FollowUpRecorded.class, "FollowUpRecorded", 1);
        event(Event.KpReviewed.class, "KpReviewed", 1);
        event(Event.AppointmentMissed.class, "AppointmentMissed", 1);
        event(Event.MemberExited.class, "MemberExited", 1);
        event(Event.CaseEnded.class, "CaseEnded", 1);
        event(Event.MovedToGst.class, "MovedToGst", 1);
        // commands
        name(Command.TakeApplication.class, "TakeApplication");
        name(Command.ParkOnVm.class, "ParkOnVm");
        name(Command.RequestActiveSupport.class, "RequestActiveSupport");
        name(Command.RecordClarification.class, "RecordClarification");
        name(Command.RejectApplication.class, "RejectApplication");
        name(Command.WithdrawApplication.class, "WithdrawApplication");
        name(Command.ReleaseApproval.class, "ReleaseApproval");
        name(Command.AssignIfk.class, "AssignIfk");
        name(Command.ScheduleQuerAppointment.class, "ScheduleQuerAppointment");
        name(Command.RecordQuer.class, "RecordQuer");
        name(Command.RecordOpenPoint.class, "RecordOpenPoint");
        name(Command.ResolveOpenPoint.class, "ResolveOpenPoint");
        name(Command.ImportMembers.class, "ImportMembers");
        name(Command.EndAlg.class, "EndAlg");
        name(Command.RouteElb.class, "RouteElb");
        name(Command.ScheduleFollowUp.class, "ScheduleFollowUp");
        name(Command.RecordFollowUp.class, "RecordFollowUp");
        name(Command.ReviewKp.class, "ReviewKp");
        name(Command.RecordMissedAppointment.class, "RecordMissedAppointment");
        name(Command.RecordMemberExit.class, "RecordMemberExit");
        name(Command.EndCase.class, "EndCase");
        name(Command.MoveToGst.class, "MoveToGst");
        // case states
        name(CaseState.Bewilligt.class, "Bewilligt");
        name(CaseState.InBetreuung.class, "InBetreuung");
        name(CaseState.KeinFall.class, "KeinFall");
        name(CaseState.Beantragt.class, "Beantragt");
        name(CaseState.AufVm.class, "AufVm");
        name(CaseState.Abgelehnt.class, "Abgelehnt");
        name(CaseState.Zurueckgenommen.class, "Zurueckgenommen");
        name(CaseState.Beendet.class, "Beendet");
        // QuEr statuses
        name(QuerStatus.NichtRelevant.class, "NichtRelevant");
        name(QuerStatus.WartetAufImport.class, "WartetAufImport");
        name(QuerStatus.GesperrtAlg.class, "GesperrtAlg");
        name(QuerStatus.Faellig.class, "Faellig");
        name(QuerStatus.Durchgefuehrt.class, "Durchgefuehrt");
        // who is responsible (in the reports)
        name(Zustaendigkeit.Ifk.class, "Ifk");
        name(Zustaendigkeit.Vm.class, "Vm");
    }

    private TypeNames() {
    }

    private static void name(Class<?> type, String name) {
        if (NAMES.containsValue(name) || NAMES.put(type, name) != null) {
            throw new IllegalStateException("type name given twice: " + name);
        }
    }

    private static void event(Class<? extends Event> type, String name, int version) {
        name(type, name);
        VERSIONS.put(name, version);
    }

    /**
     * The type name of a variant.
     *
     * @param type the Java type of the variant
     * @return the frozen type name
     * @throws IllegalStateException if the type has none
     */
    static String of(Class<?> type) {
        String name = NAMES.get(type);
        if (name == null) {
            throw new IllegalStateException("no JSON type name for " + type.getName());
        }
        return name;
    }
}
