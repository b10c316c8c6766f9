package io.gatehouse.shared;

/** Does not exist, or belongs to another organization: the two are deliberately indistinguishable. */
public class NotFound extends DomainException {

    public NotFound(String code, String message) {
        super(Kind.NOT_FOUND, code, message);
    }
}
