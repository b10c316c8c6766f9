package io.gatehouse.apikey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gatehouse.audit.AuditTrail;
import io.gatehouse.membership.MembershipService;
import io.gatehouse.shared.AuthenticatedUser;
import io.gatehouse.shared.InvalidRequest;
import io.gatehouse.shared.Keyset;
import io.gatehouse.shared.OneLineText;
import io.gatehouse.shared.Page;
import io.gatehouse.shared.PageRequest;
import io.gatehouse.shared.Secret;
import io.gatehouse.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, listing, revoking and checking API keys. A key carries no permissions of its own: requests made with it
 * are decided on its owner's current roles, so a removed or demoted member's keys lose access at once.
 */
@Service
public class ApiKeyService {

    static final Duration DEFAULT_LIFETIME = Duration.ofDays(90);
    static final Duration MAX_LIFETIME = Duration.ofDays(365);
    private static final Pattern EXPIRATION = Pattern.compile("(\\d{1,6})([hd])");
    private static final int MAX_DESCRIPTION = 200;

    private final ApiKeyRepository keys;
    private final MembershipService memberships;
    private final AuditTrail audit;
    private final Clock clock;

    ApiKeyService(ApiKeyRepository keys, MembershipService memberships, AuditTrail audit, Clock clock) {
        this.keys = keys;
        this.memberships = memberships;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a key for the caller; {@code expiration} is like {@code "90d"} or {@code "12h"}, at most 365 days. */
    @Transactional
    public CreatedApiKey create(AuthenticatedUser owner, @Nullable String description, @Nullable String expiration) {
        return create(owner, description, expiration, null);
    }

    /** The same, for a caller authenticated by a key: the new key expires no later than {@code notAfter}. */
    @Transactional
    public CreatedApiKey create(AuthenticatedUser owner, @Nullable String description, @Nullable String expiration,
            @Nullable Instant notAfter) {
        String text = OneLineText.require(description, MAX_DESCRIPTION, "api_keys.invalid_description",
                "A key's description", "description");
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime(expiration));
        if (notAfter != null && notAfter.isBefore(expiresAt)) {
            expiresAt = notAfter;
        }
        ApiKey key = new ApiKey(UUID.randomUUID(), owner.id(), text, now, expiresAt, null);
        String secret = Secret.random();
        keys.insert(key, Secret.sha256(secret));
        memberships.organizationOf(owner.id()).ifPresent(org -> audit.record(org, "api_key.created",
                "api_key:" + key.id(), "\"" + text + "\", expires " + key.expiresAt()));
        return new CreatedApiKey(key, key.id() + "." + secret);
    }

    @Transactional(readOnly = true)
    public List<ApiKey> of(UserId owner) {
        return keys.ofUser(owner);
    }

    /** The owner's keys, oldest first, a page at a time. */
    @Transactional(readOnly = true)
    public Page<ApiKey> of(UserId owner, PageRequest page) {
        List<ApiKey> rows = keys.page(owner, page.afterKeyset(Keyset.FIRST), page.size() + 1);
        return Page.of(rows, page.size(), k -> Keyset.position(k.createdAt(), k.id()));
    }

    /** Revokes one of the owner's keys and returns it as it was (for the notice that names it). */
    @Transactional
    public ApiKey revoke(UserId owner, UUID id) {
        ApiKey key = keys.find(owner, id).orElseThrow(ApiKeyNotFound::new);
        if (!keys.delete(owner, id)) {
            throw new ApiKeyNotFound(); // revoked meanwhile by a request of its own
        }
        memberships.organizationOf(owner).ifPresent(org -> audit.record(org, "api_key.revoked", "api_key:" + id, null));
        return key;
    }

    /** The user a presented key acts for, if the key is genuine and unexpired; records its use. */
    @Transactional
    public Optional<KeyAuthentication> authenticate(String presented) {
        int dot = presented.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        UUID id;
        try {
            id = UUID.fromString(presented.substring(0, dot));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiKeyRepository.Stored> stored = keys.byId(id)
                .filter(s -> now.isBefore(s.key().expiresAt()))
                .filter(s -> Secret.matches(presented.substring(dot + 1), s.hash()));
        stored.ifPresent(s -> keys.markUsed(id, now));
        return stored.map(s -> new KeyAuthentication(new AuthenticatedUser(s.key().owner(), s.ownerEmail()),
                s.key().expiresAt()));
    }

    private static Duration lifetime(@Nullable String expiration) {
        if (expiration == null || expiration.isBlank()) {
            return DEFAULT_LIFETIME;
        }
        Matcher matcher = EXPIRATION.matcher(expiration.strip());
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            Duration lifetime = matcher.group(2).equals("d") ? Duration.ofDays(amount) : Duration.ofHours(amount);
            if (!lifetime.isZero() && lifetime.compareTo(MAX_LIFETIME) <= 0) {
                return lifetime;
            }
        }
        throw new InvalidRequest("api_keys.invalid_expiration",
                "expiration is a number of days or hours, like \"90d\" or \"12h\", at most \"365d\"", "expiration");
    }
}
