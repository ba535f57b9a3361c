package dev.ismsdecider.server.api;

/**
 * The caller's tenant has nothing by this id: a record of another tenant gets the same answer, so that whether it
 * exists does not leak.
 */
final class RecordNotFoundException extends RuntimeException {

    RecordNotFoundException(String what) {
        super(what, null, false, false);
    }
}
