package dev.ismsdecider.whatif;

/**
 * Whether the organisation can bring a change about (renegotiate a clause, reduce the scope, change what a
 * certificate is used for) or whether the change only describes a different situation (sector, OT
 * presence, asset age). The table is {@code levers.properties} beside this class.
 */
public enum Lever {
    ACTIONABLE, SITUATION
}
