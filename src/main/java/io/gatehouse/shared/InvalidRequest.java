package io.gatehouse.shared;

import java.util.List;

/** The request is wrong in one or more ways; every problem is reported at once. */
public class InvalidRequest extends DomainException {

    public InvalidRequest(List<Problem> problems) {
        super(Kind.INVALID, problems);
    }

    public InvalidRequest(String code, String message, String... fields) {
        super(Kind.INVALID, code, message, fields);
    }
}
