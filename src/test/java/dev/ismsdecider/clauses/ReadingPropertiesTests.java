package dev.ismsdecider.clauses;

import dev.ismsdecider.profile.OrganizationProfile.ContractClause;
import dev.ismsdecider.profile.PartyKind;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of the reading over generated clauses in English and German: a negation that governs the
 * mention lifts the duty; one that governs something else leaves it; and words that say nothing about
 * the duty never turn a clause into NOT_BINDING.
 */
class ReadingPropertiesTests {

    /** A duty in two forms: as written, and with a negation put in that governs the standard. */
    record Duty(String binding, String negated) {
    }

    private static final List<String> EN_PARTIES = List.of("Supplier", "The Supplier", "Contractor", "The Vendor", "The Service Provider");
    private static final List<String> DE_PARTIES = List.of("Der Auftragnehmer", "Der Lieferant", "Der Bieter", "Der Dienstleister");
    private static final List<String> EN_OBJECTS = List.of("a valid ISO/IEC 27001 certificate", "ISO 27001 certification",
            "an ISO/IEC 27001:2022 certificate covering all sites", "an information security management system certified to ISO/IEC 27001");
    private static final List<String> DE_OBJECTS = List.of("nach ISO/IEC 27001", "nach ISO 27001:2022", "nach DIN EN ISO/IEC 27001");
    private static final List<String> EN_OTHER_DUTIES = List.of("notify the Customer of minor changes", "use the Customer's ticket system",
            "report monthly", "appoint a named account manager");
    private static final List<String> DE_OTHER_DUTIES = List.of("dem Auftraggeber geringfügige Änderungen mitzuteilen",
            "monatlich zu berichten", "das Ticketsystem des Auftraggebers zu nutzen");
    private static final List<String> UNRELATED = List.of("Payment is due within 30 days.", "Invoices are sent by e-mail.",
            "Die Zahlung erfolgt innerhalb von 30 Tagen.", "This Annex forms part of the Agreement.", "Rechnungen werden elektronisch versandt.");

    @Provide
    Arbitrary<Duty> duties() {
        Arbitrary<Duty> english = Combinators.combine(Arbitraries.of(EN_PARTIES), Arbitraries.of("shall hold", "shall maintain", "must hold"),
                Arbitraries.of(EN_OBJECTS)).as((party, verb, object) ->
                new Duty(party + " " + verb + " " + object + ".",
                        party + " is not required to " + verb.substring(verb.indexOf(' ') + 1) + " " + object + "."));
        Arbitrary<Duty> german = Combinators.combine(Arbitraries.of(DE_PARTIES), Arbitraries.of(DE_OBJECTS)).as((party, object) ->
                new Duty(party + " muss " + object + " zertifiziert sein.", party + " muss nicht " + object + " zertifiziert sein."));
        return Arbitraries.oneOf(english, german);
    }

    private static Reading reading(String text) {
        List<ClauseFinding> findings = ClauseFixtures.CHECKER.read(new ContractClause("P-1", "Big Pharma Inc.", PartyKind.CUSTOMER, text)).findings();
        List<Reading> readings = findings.stream().map(ClauseFinding::reading).toList();
        return readings.contains(Reading.BINDING) ? Reading.BINDING : readings.contains(Reading.UNCLEAR) ? Reading.UNCLEAR : Reading.NOT_BINDING;
    }

    @Property(tries = 200)
    void aNegationThatGovernsTheMentionLiftsTheDuty(@ForAll("duties") Duty duty) {
        assertThat(reading(duty.binding())).as(duty.binding()).isEqualTo(Reading.BINDING);
        assertThat(reading(duty.negated())).as(duty.negated()).isEqualTo(Reading.NOT_BINDING);
    }

    @Property(tries = 200)
    void aNegationThatGovernsSomethingElseLeavesTheDuty(@ForAll("duties") Duty duty, @ForAll int pick) {
        boolean german = duty.binding().contains(" muss ");
        List<String> others = german ? DE_OTHER_DUTIES : EN_OTHER_DUTIES;
        String other = others.get(Math.floorMod(pick, others.size()));
        String party = duty.binding().substring(0, duty.binding().indexOf(german ? " muss " : duty.binding().contains(" shall ") ? " shall " : " must "));
        String rest = duty.binding().substring(party.length() + 1, duty.binding().length() - 1);
        String text = german
                ? party + " ist nicht verpflichtet, " + other + ", jedoch " + rest + "."
                : party + " is not required to " + other + ", but " + rest + ".";
        assertThat(reading(text)).as(text).isEqualTo(Reading.BINDING);
    }

    @Property(tries = 200)
    void unrelatedWordsNeverMakeABindingClauseNotBinding(@ForAll("duties") Duty duty, @ForAll int pick, @ForAll boolean before) {
        String unrelated = UNRELATED.get(Math.floorMod(pick, UNRELATED.size()));
        String text = before ? unrelated + " " + duty.binding() : duty.binding() + " " + unrelated;
        assertThat(reading(text)).as(text).isNotEqualTo(Reading.NOT_BINDING);
    }
}
