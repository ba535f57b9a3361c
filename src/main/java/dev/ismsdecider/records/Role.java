package dev.ismsdecider.records;

/**
 * What an API key may do. A CONSULTANT stores assessments and reads the tenant's records; a REVIEWER reads, approves
 * or rejects them and runs replays; an ADMIN manages the tenant's keys, stores, reads and runs replays. Every role
 * may verify the tenant's chain.
 */
public enum Role {
    CONSULTANT, REVIEWER, ADMIN
}
