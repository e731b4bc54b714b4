package de.qer.core;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.core.model.FIfkDesignation;
import de.qer.core.model.GstCode;
import de.qer.core.model.Role;
import de.qer.core.model.Staff;
import de.qer.core.model.StaffId;
import de.qer.core.model.Staffing;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R-V1: the BI team designates one F-IFK per day and GST. */
class StaffingTest {

    private static final GstCode GST = GstCode.of("03");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final List<Staff> STAFF = List.of(Staff.of("ifk03a", "03", Role.IFK), Staff.of("ifk03b", "03", Role.IFK),
            Staff.of("ifk05", "05", Role.IFK));

    @Test
    void rV1_twoFIfksForOneGstAndDay_areRejectedNamingTheGstAndTheDay() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Staffing.of(STAFF, List.of(
                new FIfkDesignation(GST, "BI-Team 1", DAY, StaffId.of("ifk03a")),
                new FIfkDesignation(GST, "BI-Team 2", DAY, StaffId.of("ifk03b")))));
        assertTrue(e.getMessage().contains("R-V1") && e.getMessage().contains("03") && e.getMessage().contains("2026-11-02"),
                e::getMessage);
        assertThrows(IllegalArgumentException.class, () -> Staffing.of(STAFF, List.of(
                new FIfkDesignation(GST, "BI-Team 1", DAY, StaffId.of("ifk03a")),
                new FIfkDesignation(GST, "BI-Team 1", DAY, StaffId.of("ifk03a")))));
    }

    @Test
    void rV1_oneFIfkPerDay_andOnePerGst_areFine() {
        Staffing s = assertDoesNotThrow(() -> Staffing.of(STAFF, List.of(
                new FIfkDesignation(GST, "BI-Team 1", DAY, StaffId.of("ifk03a")),
                new FIfkDesignation(GST, "BI-Team 1", DAY.plusDays(1), StaffId.of("ifk03b")),
                new FIfkDesignation(GstCode.of("05"), "BI-Team 1", DAY, StaffId.of("ifk05")))));
        assertTrue(s.isFIfk(StaffId.of("ifk03a"), GST, DAY) && s.isFIfk(StaffId.of("ifk03b"), GST, DAY.plusDays(1)));
    }
}
