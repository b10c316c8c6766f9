package io.gatehouse.shared;

/** The request is well-formed but clashes with the current state. */
public class Conflict extends DomainException {

    public Conflict(String code, String message) {
        super(Kind.CONFLICT, code, message);
    }
}
