package dev.ismsdecider.clauses;

/**
 * Who a sentence obliges (contract v1). US is the organisation being assessed, whatever the contract
 * calls it (supplier, contractor, Auftragnehmer, Bieter, Lieferant); COUNTERPARTY the party that sets the
 * terms (customer, Auftraggeber, contracting authority).
 */
public enum ObligedParty { US, COUNTERPARTY, SUBCONTRACTORS, PERSONNEL, NOBODY }
