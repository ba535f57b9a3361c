package dev.ismsdecider.api;

/** An endpoint of contract v1 whose capability has not landed yet; answered with a 501 problem. */
final class NotImplementedYetException extends RuntimeException {

    NotImplementedYetException(String message) {
        super(message);
    }
}
