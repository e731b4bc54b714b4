package de.qer.docs.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.core.rule.Problem;
import de.qer.core.rule.ProblemCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A problem found by a document rule travels through Bean Validation as a message template and comes back
 * unchanged; an argument that could be read as template syntax is refused wherever it stands (R-N2 text
 * hygiene: no caller text is ever interpolated).
 */
class ProblemTemplateTest {

    @Test
    void rK2_aProblemComesBackUnchanged() {
        Problem p = Problem.warning(ProblemCode.MISSING, "R-K2", "kooperationsplan.ziele", "R-K2.should", "R-K2", "6");
        assertEquals(Optional.of(p), ProblemTemplate.decode(ProblemTemplate.encode(p), "kooperationsplan.ziele"));
    }

    @Test
    void rN2_templateSyntaxInAnArgumentIsRefusedAtEveryPosition() {
        for (String special : List.of("|", "{", "}", "$", "\\")) {
            for (String arg : List.of(special + "x", "x" + special, "x" + special + "y", special)) {
                Problem p = Problem.error(ProblemCode.MISSING, "R-K2", "ziele", "R-K2.should", arg);
                assertThrows(IllegalArgumentException.class, () -> ProblemTemplate.encode(p), arg);
            }
        }
    }

    @Test
    void rN2_templatesThatAreNotQersAreIgnored() {
        for (String t : List.of("{R-K2.should}", "{R-K2.should}x", "{R-K2.should}|R-K2|MISSING", "no template", "{unclosed|a|b|c",
                "{k}|R-K2|NOPE|ERROR", "{k}|R-K2|MISSING|NOPE")) {
            assertEquals(Optional.empty(), ProblemTemplate.decode(t, "f"), t);
        }
        assertEquals(Optional.empty(), ProblemTemplate.decode(null, "f"));
        assertTrue(ProblemTemplate.decode("{k}|R-K2|MISSING|ERROR", "f").isPresent());
    }
}
