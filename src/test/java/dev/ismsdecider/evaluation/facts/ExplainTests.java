package dev.ismsdecider.evaluation.facts;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExplainTests {

    @Test
    void pointersSortIndicesByNumberNamesByTextAndParentsFirst() {
        List<String> pointers = new ArrayList<>(List.of("/scope/systems/0", "/scope/domains/10", "/scope/domains/2",
                "/scope", "/ot/present", "/externalExpectations/1/expects", "/externalExpectations/1", "/externalExpectations/0/party",
                "/scope/domains/02x", "/certification/iso27001Certified"));
        pointers.sort(Explain::byPointer);
        assertThat(pointers).containsExactly("/certification/iso27001Certified", "/externalExpectations/0/party",
                "/externalExpectations/1", "/externalExpectations/1/expects", "/ot/present", "/scope", "/scope/domains/02x",
                "/scope/domains/2", "/scope/domains/10", "/scope/systems/0");
    }

    @Test
    void equalPointersCompareEqualAndTheOrderIsAntisymmetric() {
        assertThat(Explain.byPointer("/scope/domains/3", "/scope/domains/3")).isZero();
        assertThat(Explain.byPointer("/a/9", "/a/10")).isNegative();
        assertThat(Explain.byPointer("/a/10", "/a/9")).isPositive();
        assertThat(Explain.byPointer("/a", "/a/0")).isNegative();
        assertThat(Explain.byPointer("/ab", "/a/b")).isPositive();
    }
}
