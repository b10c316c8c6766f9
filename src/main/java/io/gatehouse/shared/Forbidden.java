package io.gatehouse.shared;

/** The caller may know the thing exists but may not do this. */
public class Forbidden extends DomainException {

    public Forbidden(String code, String message) {
        super(Kind.FORBIDDEN, code, message);
    }
}
