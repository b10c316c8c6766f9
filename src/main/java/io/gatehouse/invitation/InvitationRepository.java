package io.gatehouse.invitation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.gatehouse.access.Role;
import io.gatehouse.access.RoleGrant;
import io.gatehouse.access.Scope;
import io.gatehouse.shared.EmailAddress;
import io.gatehouse.shared.OrganizationId;
import io.gatehouse.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The invitations tables. Bulk writes are batched: a thousand invitations are a handful of round trips. */
@Repository
class InvitationRepository {

    /** An invitation with the hash of the secret its link carries. */
    record Stored(Invitation invitation, String secretHash) {
    }

    private static final String COLUMNS = """
            id, organization_id, email, state, ttl_seconds, invited_by, invited_by_email, created_at, last_sent_at,
            expires_at, send_count, mail_id, accepted_at, accepted_by, revoked_at""";
    private static final String INSERT = """
            INSERT INTO invitations (id, organization_id, email, open_email, secret_hash, state, ttl_seconds, invited_by,
                                     invited_by_email, created_at, last_sent_at, expires_at, send_count, mail_id)
            VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String RESEND = """
            UPDATE invitations SET secret_hash = ?, ttl_seconds = ?, invited_by = ?, invited_by_email = ?,
                                   last_sent_at = ?, expires_at = ?, send_count = ?, mail_id = ?
            WHERE id = ? AND organization_id = ? AND state = 'pending'
            """;
    private static final String DELETE_GRANTS = "DELETE FROM invitation_grants WHERE invitation_id = ?";
    private static final String INSERT_GRANT = "INSERT INTO invitation_grants (invitation_id, role, scope) VALUES (?, ?, ?)";
    private static final String GRANTS = "SELECT invitation_id, role, scope FROM invitation_grants WHERE invitation_id IN (:ids)";
    private static final String OPEN_BY_EMAIL = "SELECT " + COLUMNS
            + " FROM invitations WHERE organization_id = :org AND open_email IN (:emails)";
    private static final String FIND = "SELECT " + COLUMNS + " FROM invitations WHERE organization_id = :org AND id = :id";
    private static final String FIND_ALL = "SELECT " + COLUMNS
            + " FROM invitations WHERE organization_id = :org AND id IN (:ids)";
    private static final String LOCK = "SELECT " + COLUMNS + ", secret_hash FROM invitations WHERE id = :id FOR UPDATE";
    private static final String BY_ID = "SELECT " + COLUMNS + ", secret_hash FROM invitations WHERE id = :id";
    private static final String ACCEPT = """
            UPDATE invitations SET state = 'accepted', open_email = NULL, accepted_at = :at, accepted_by = :user
            WHERE id = :id AND state = 'pending'
            """;
    private static final String REVOKE = """
            UPDATE invitations SET state = 'revoked', open_email = NULL, revoked_at = :at
            WHERE organization_id = :org AND id IN (:ids) AND state = 'pending'
            """;
    private static final String DROP_SCOPE = """
            DELETE FROM invitation_grants WHERE scope = :scope
              AND invitation_id IN (SELECT id FROM invitations WHERE organization_id = :org)
            """;
    private static final String PENDING_INVITED_BY = """
            SELECT id, email FROM invitations
            WHERE organization_id = :org AND state = 'pending' AND invited_by = :user
            """;
    private static final String PENDING_WITH_SCOPE = """
            SELECT i.id FROM invitations i JOIN invitation_grants g ON g.invitation_id = i.id
            WHERE i.organization_id = :org AND i.state = 'pending' AND g.scope = :scope
            """;
    private static final String OFFERING_NOTHING = """
            SELECT id, email FROM invitations i WHERE organization_id = :org AND id IN (:ids)
              AND NOT EXISTS (SELECT 1 FROM invitation_grants g WHERE g.invitation_id = i.id)
            """;
    // Newest first; the status filter is one of the fixed fragments below, never client text.
    private static final String PAGE = "SELECT " + COLUMNS + """
             FROM invitations WHERE organization_id = :org AND %s
               AND (created_at < :beforeAt OR (created_at = :beforeAt AND id < :beforeId))
             ORDER BY created_at DESC, id DESC LIMIT :limit
            """;
    private static final Map<InvitationStatus, String> STATUS_FILTER = Map.of(
            InvitationStatus.PENDING, "state = 'pending' AND expires_at > :now",
            InvitationStatus.EXPIRED, "state = 'pending' AND expires_at <= :now",
            InvitationStatus.ACCEPTED, "state = 'accepted'",
            InvitationStatus.REVOKED, "state = 'revoked'");
    private static final String SENDS = "SELECT COUNT(*) FROM invitation_sends WHERE organization_id = :org AND sent_at > :since";
    private static final String LOG_SEND = "INSERT INTO invitation_sends (organization_id, sent_at) VALUES (?, ?)";
    private static final String PURGE_SENDS = "DELETE FROM invitation_sends WHERE organization_id = :org AND sent_at <= :since";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    InvitationRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void insertAll(List<Stored> created) {
        batch.batchUpdate(INSERT, created.stream().map(s -> {
            Invitation i = s.invitation();
            return new Object[] { i.id(), i.organization().value(), i.email().value(), i.email().value(), s.secretHash(),
                    i.ttl().toSeconds(), id(i.invitedBy()), i.invitedByEmail(), ts(i.createdAt()), ts(i.lastSentAt()),
                    ts(i.expiresAt()), i.sendCount(), i.mailId() };
        }).toList());
        replaceGrants(created);
    }

    void resendAll(List<Stored> resent) {
        batch.batchUpdate(RESEND, resent.stream().map(s -> {
            Invitation i = s.invitation();
            return new Object[] { s.secretHash(), i.ttl().toSeconds(), id(i.invitedBy()), i.invitedByEmail(),
                    ts(i.lastSentAt()), ts(i.expiresAt()), i.sendCount(), i.mailId(), i.id(), i.organization().value() };
        }).toList());
        batch.batchUpdate(DELETE_GRANTS, resent.stream().map(s -> new Object[] { s.invitation().id() }).toList());
        replaceGrants(resent);
    }

    private void replaceGrants(List<Stored> invitations) {
        List<Object[]> rows = new ArrayList<>();
        for (Stored stored : invitations) {
            for (RoleGrant grant : stored.invitation().grants()) {
                rows.add(new Object[] { stored.invitation().id(), grant.role().id(), grant.scope().key() });
            }
        }
        batch.batchUpdate(INSERT_GRANT, rows);
    }

    List<Invitation> openByEmail(OrganizationId org, Collection<EmailAddress> emails) {
        if (emails.isEmpty()) {
            return List.of();
        }
        return withGrants(jdbc.sql(OPEN_BY_EMAIL).param("org", org.value())
                .param("emails", emails.stream().map(EmailAddress::value).toList())
                .query(InvitationRepository::map).list());
    }

    Optional<Invitation> find(OrganizationId org, UUID id) {
        return jdbc.sql(FIND).param("org", org.value()).param("id", id).query(InvitationRepository::map).optional()
                .map(i -> withGrants(List.of(i)).get(0));
    }

    List<Invitation> findAll(OrganizationId org, Collection<UUID> ids) {
        return withGrants(jdbc.sql(FIND_ALL).param("org", org.value()).param("ids", ids)
                .query(InvitationRepository::map).list());
    }

    /** By id across organizations (the invitee's link names no organization); locked when {@code lock}. */
    Optional<Stored> byId(UUID id, boolean lock) {
        return jdbc.sql(lock ? LOCK : BY_ID).param("id", id)
                .query((rs, n) -> new Stored(map(rs, n), rs.getString("secret_hash"))).optional()
                .map(s -> new Stored(withGrants(List.of(s.invitation())).get(0), s.secretHash()));
    }

    List<Invitation> page(OrganizationId org, @Nullable InvitationStatus status, Instant now, Timestamp beforeAt,
            UUID beforeId, int limit) {
        String filter = status == null ? "TRUE" : STATUS_FILTER.get(status);
        var spec = jdbc.sql(PAGE.formatted(filter)).param("org", org.value()).param("beforeAt", beforeAt)
                .param("beforeId", beforeId).param("limit", limit);
        if (status == InvitationStatus.PENDING || status == InvitationStatus.EXPIRED) {
            spec = spec.param("now", ts(now));
        }
        return withGrants(spec.query(InvitationRepository::map).list());
    }

    boolean markAccepted(UUID id, UserId user, Instant at) {
        return jdbc.sql(ACCEPT).param("at", ts(at)).param("user", user.value()).param("id", id).update() == 1;
    }

    int revoke(OrganizationId org, Collection<UUID> ids, Instant at) {
        return jdbc.sql(REVOKE).param("at", ts(at)).param("org", org.value()).param("ids", ids).update();
    }

    void dropScope(OrganizationId org, Scope scope) {
        jdbc.sql(DROP_SCOPE).param("scope", scope.key()).param("org", org.value()).update();
    }

    /** Pending invitations that offer a role on {@code scope}. */
    List<UUID> pendingWithScope(OrganizationId org, Scope scope) {
        return jdbc.sql(PENDING_WITH_SCOPE).param("org", org.value()).param("scope", scope.key())
                .query(UUID.class).list();
    }

    /** Those of {@code ids} left with no role to offer: id → email. */
    Map<UUID, String> offeringNothing(OrganizationId org, Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of()
                : idsAndEmails(jdbc.sql(OFFERING_NOTHING).param("org", org.value()).param("ids", ids));
    }

    /** Pending invitations last sent by {@code user}: id → email. */
    Map<UUID, String> pendingInvitedBy(OrganizationId org, UserId user) {
        return idsAndEmails(jdbc.sql(PENDING_INVITED_BY).param("org", org.value()).param("user", user.value()));
    }

    private static Map<UUID, String> idsAndEmails(JdbcClient.StatementSpec query) {
        Map<UUID, String> found = new java.util.LinkedHashMap<>();
        query.query(rs -> {
            found.put(rs.getObject("id", UUID.class), rs.getString("email"));
        });
        return found;
    }

    long sendsSince(OrganizationId org, Instant since) {
        return jdbc.sql(SENDS).param("org", org.value()).param("since", ts(since)).query(Long.class).single();
    }

    void logSends(OrganizationId org, int count, Instant at, Instant forgetBefore) {
        jdbc.sql(PURGE_SENDS).param("org", org.value()).param("since", ts(forgetBefore)).update();
        List<Object[]> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] { org.value(), ts(at) });
        }
        batch.batchUpdate(LOG_SEND, rows);
    }

    private List<Invitation> withGrants(List<Invitation> invitations) {
        if (invitations.isEmpty()) {
            return invitations;
        }
        Map<UUID, List<RoleGrant>> grants = new HashMap<>();
        jdbc.sql(GRANTS).param("ids", invitations.stream().map(Invitation::id).toList()).query(rs -> {
            grants.computeIfAbsent(rs.getObject("invitation_id", UUID.class), k -> new ArrayList<>())
                    .add(new RoleGrant(Role.fromId(rs.getString("role")), Scope.fromKey(rs.getString("scope"))));
        });
        return invitations.stream().map(i -> new Invitation(i.id(), i.organization(), i.email(), i.state(), i.ttl(),
                i.invitedBy(), i.invitedByEmail(), i.createdAt(), i.lastSentAt(), i.expiresAt(), i.sendCount(),
                i.mailId(), i.acceptedAt(), i.acceptedBy(), i.revokedAt(), grants.getOrDefault(i.id(), List.of())))
                .toList();
    }

    private static Invitation map(ResultSet rs, int n) throws SQLException {
        UUID invitedBy = rs.getObject("invited_by", UUID.class);
        UUID acceptedBy = rs.getObject("accepted_by", UUID.class);
        return new Invitation(rs.getObject("id", UUID.class),
                new OrganizationId(rs.getObject("organization_id", UUID.class)),
                new EmailAddress(rs.getString("email")), rs.getString("state"),
                Duration.ofSeconds(rs.getLong("ttl_seconds")), invitedBy == null ? null : new UserId(invitedBy),
                rs.getString("invited_by_email"), instant(rs, "created_at"), instant(rs, "last_sent_at"),
                instant(rs, "expires_at"), rs.getInt("send_count"), rs.getObject("mail_id", UUID.class),
                instant(rs, "accepted_at"), acceptedBy == null ? null : new UserId(acceptedBy),
                instant(rs, "revoked_at"), List.of());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable UUID id(@Nullable UserId user) {
        return user == null ? null : user.value();
    }
}
