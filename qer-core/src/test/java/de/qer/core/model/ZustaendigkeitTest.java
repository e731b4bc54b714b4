package de.qer.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The responsible party of a case: the IFK (R-B3) or, while unassigned, the GST's VM (R-V1). */
class ZustaendigkeitTest {

    @Test
    void rV1_theVmIsNamedAfterItsGst_andRB3_theIfkByItsStaffId() {
        Zustaendigkeit vm = Zustaendigkeit.vm(GstCode.of("03"));
        Zustaendigkeit ifk = Zustaendigkeit.ifk(StaffId.of("ifk03a"));
        assertEquals("QuEr.03, VM", vm.code());
        assertEquals("ifk03a", ifk.code());
        assertEquals("QuEr.03, VM", vm.toString());
        assertTrue(vm instanceof Zustaendigkeit.Vm v && v.gst().equals(GstCode.of("03")));
        assertTrue(ifk instanceof Zustaendigkeit.Ifk i && i.ifk().equals(StaffId.of("ifk03a")));
    }

    @Test
    void equalityAndOrder_followTheParty() {
        assertEquals(Zustaendigkeit.vm(GstCode.of("03")), Zustaendigkeit.vm(GstCode.of("03")));
        assertNotEquals(Zustaendigkeit.vm(GstCode.of("03")), Zustaendigkeit.vm(GstCode.of("04")));
        assertTrue(Zustaendigkeit.vm(GstCode.of("03")).compareTo(Zustaendigkeit.ifk(StaffId.of("ifk03a"))) < 0,
                "sorted by code, as FMG.job lists them");
        assertThrows(NullPointerException.class, () -> Zustaendigkeit.vm(null));
        assertThrows(NullPointerException.class, () -> Zustaendigkeit.ifk(null));
    }
}
