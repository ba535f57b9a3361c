package dev.ismsdecider.whatif;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The lever table: the longest matching pointer prefix decides, list indices match {@code *}. */
class LeversTests {

    private final Levers levers = Levers.packaged();

    @Test
    void theLongestMatchingPrefixDecides() {
        assertThat(levers.of("/contractClauses/3/text").lever()).isEqualTo(Lever.ACTIONABLE);
        assertThat(levers.of("/contractClauses/-").lever()).isEqualTo(Lever.SITUATION);
        assertThat(levers.of("/externalExpectations/0/iec62443AcceptedInWriting").reason()).contains("written acceptance");
        assertThat(levers.of("/externalExpectations/12/partyKind").lever()).isEqualTo(Lever.SITUATION);
        assertThat(levers.of("/ot/oldestAssetAgeYears").lever()).isEqualTo(Lever.SITUATION);
        assertThat(levers.of("/certification/iso27001ForMarketAccess").lever()).isEqualTo(Lever.ACTIONABLE);
    }

    @Test
    void aPointerNoPrefixMatchesDescribesTheSituation() {
        assertThat(levers.of("/somethingNew").lever()).isEqualTo(Lever.SITUATION);
        assertThat(levers.of("/otherwise").lever()).isEqualTo(Lever.SITUATION); // "/ot" is no prefix of it
    }
}
