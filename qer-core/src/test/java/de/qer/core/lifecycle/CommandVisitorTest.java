package de.qer.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A host that handles commands with a {@link Command.Visitor} (instead of a switch over the sealed type)
 * reaches, for every command, the method of that command's own type, and gets back what it returned.
 */
class CommandVisitorTest {

    /** Names the record type of the command it visits. */
    private static final class TypeName implements Command.Visitor<String> {
        @Override
        public String visit(Command.TakeApplication x) {
            return "TakeApplication";
        }

        @Override
        public String visit(Command.ParkOnVm x) {
            return "ParkOnVm";
        }

        @Override
        public String visit(Command.RequestActiveSupport x) {
            return "RequestActiveSupport";
        }

        @Override
        public String visit(Command.RecordClarification x) {
            return "RecordClarification";
        }

        @Override
        public String visit(Command.RejectApplication x) {
            return "RejectApplication";
        }

        @Override
        public String visit(Command.WithdrawApplication x) {
            return "WithdrawApplication";
        }

        @Override
        public String visit(Command.ReleaseApproval x) {
            return "ReleaseApproval";
        }

        @Override
        public String visit(Command.AssignIfk x) {
            return "AssignIfk";
        }

        @Override
        public String visit(Command.ScheduleQuerAppointment x) {
            return "ScheduleQuerAppointment";
        }

        @Override
        public String visit(Command.RecordQuer x) {
            return "RecordQuer";
        }

        @Override
        public String visit(Command.RecordOpenPoint x) {
            return "RecordOpenPoint";
        }

        @Override
        public String visit(Command.ResolveOpenPoint x) {
            return "ResolveOpenPoint";
        }

        @Override
        public String visit(Command.ImportMembers x) {
            return "ImportMembers";
        }

        @Override
        public String visit(Command.EndAlg x) {
            return "EndAlg";
        }

        @Override
        public String visit(Command.RouteElb x) {
            return "RouteElb";
        }

        @Override
        public String visit(Command.ScheduleFollowUp x) {
            return "ScheduleFollowUp";
        }

        @Override
        public String visit(Command.RecordFollowUp x) {
            return "RecordFollowUp";
        }

        @Override
        public String visit(Command.ReviewKp x) {
            return "ReviewKp";
        }

        @Override
        public String visit(Command.RecordMissedAppointment x) {
            return "RecordMissedAppointment";
        }

        @Override
        public String visit(Command.RecordMemberExit x) {
            return "RecordMemberExit";
        }

        @Override
        public String visit(Command.EndCase x) {
            return "EndCase";
        }

        @Override
        public String visit(Command.MoveToGst x) {
            return "MoveToGst";
        }
    }

    @Test
    void everyCommand_reachesTheVisitMethodOfItsOwnType_andReturnsItsResult() {
        Map<CommandKind, Command> one = CommandPool.valid();
        assertEquals(CommandKind.values().length, one.size(), "a command of every kind");
        for (Command c : one.values()) {
            assertEquals(c.getClass().getSimpleName(), c.accept(new TypeName()), c.kind().name());
        }
    }
}
