package io.gatehouse.invitation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an invitation stands. Only pending, accepted and revoked are stored; expired is derived from time. */
public enum InvitationStatus {
    PENDING, EXPIRED, ACCEPTED, REVOKED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<InvitationStatus> fromApiName(String name) {
        return Arrays.stream(values()).filter(s -> s.apiName().equals(name)).findFirst();
    }
}
