package de.qer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-N2: the policy bounds the length of every free-text field. */
class QuerPolicyMaximumTextLengthTest {

    @Test
    @DisplayName("R-N2: the standard maximum text length is 20,000 characters")
    void rN2_standardMaximum() {
        assertEquals(20_000, QuerPolicy.standard().maximumTextLength());
        assertEquals(500, QuerPolicy.builder().maximumTextLength(500).build().maximumTextLength());
    }

    @Test
    @DisplayName("R-N2: the maximum text length is positive and not below the minimum")
    void rN2_impossibleMaximaAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> QuerPolicy.builder().maximumTextLength(0).build());
        assertThrows(IllegalArgumentException.class, () -> QuerPolicy.builder().maximumTextLength(19).build());
        assertEquals(20, QuerPolicy.builder().maximumTextLength(20).build().maximumTextLength());
        assertThrows(IllegalArgumentException.class, () -> ImmutableQuerPolicy.copyOf(QuerPolicy.standard())
                .withMinimumTextLength(50).withMaximumTextLength(49));
    }
}
