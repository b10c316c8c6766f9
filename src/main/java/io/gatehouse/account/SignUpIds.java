package io.gatehouse.account;

import java.nio.ByteBuffer;
import java.util.UUID;

import io.gatehouse.shared.EmailAddress;
import io.gatehouse.shared.Secret;
import io.gatehouse.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The user id a sign-up answers with: an HMAC of the address under a server key, so it is the same on every call
 * for one address and no one without the key can tell it from a random id. An account created by sign-up gets this
 * id, so a new address is answered with its real id; an address with a verified account is answered with the same
 * value, which for that account is a stand-in. Either way two calls give the same answer, and the answer never
 * says whether the address has an account (API.md). The key is made once by a migration, so all nodes agree.
 */
@Component
class SignUpIds {

    private static final String KEY = "SELECT secret FROM server_keys WHERE purpose = 'sign-up-ids'";

    private final JdbcClient jdbc;
    private volatile @Nullable String key;

    SignUpIds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UserId of(EmailAddress address) {
        ByteBuffer digest = ByteBuffer.wrap(Secret.hmacSha256(key(), "sign-up user id:" + address.value()));
        // Marked as a version 4 (random) UUID, like the ids of accounts made before ids were derived.
        long high = digest.getLong() & ~0xF000L | 0x4000L;
        long low = digest.getLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UserId(new UUID(high, low));
    }

    private String key() {
        String known = key;
        if (known == null) {
            known = jdbc.sql(KEY).query(String.class).single();
            key = known;
        }
        return known;
    }
}
