package io.gatehouse.audit;

import java.time.Clock;
import java.util.List;

import io.gatehouse.shared.AuthenticatedUser;
import io.gatehouse.shared.OrganizationId;
import io.gatehouse.shared.Page;
import io.gatehouse.shared.PageRequest;
import io.gatehouse.shared.UserId;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records changes in the caller's transaction ({@link Propagation#MANDATORY}): an entry exists exactly when the
 * change it describes was committed. The actor and client address come from the current request.
 */
@Service
public class AuditTrail {

    private static final String INSERT = """
            INSERT INTO audit_log (organization_id, at, actor_id, actor_email, action, target, details, ip)
            VALUES (:org, :at, :actorId, :actorEmail, :action, :target, :details, :ip)
            """;
    private static final String BATCH_INSERT = """
            INSERT INTO audit_log (organization_id, at, actor_id, actor_email, action, target, details, ip)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String PAGE = """
            SELECT seq, at, actor_id, actor_email, action, target, details, ip FROM audit_log
            WHERE organization_id = :org AND seq < :before
            ORDER BY seq DESC
            LIMIT :limit
            """;
    private static final int MAX_DETAILS = 4000;

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(OrganizationId organization, String action, @Nullable String target, @Nullable String details) {
        AuthenticatedUser actor = currentActor();
        recordAs(organization, actor == null ? null : actor.id(), actor == null ? null : actor.email(), action, target,
                details);
    }

    /** For changes whose actor is not (yet) signed in, such as a sign-up being verified. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(OrganizationId organization, @Nullable UserId actorId, @Nullable String actorEmail,
            String action, @Nullable String target, @Nullable String details) {
        jdbc.sql(INSERT)
                .param("org", organization.value())
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("actorId", actorId == null ? null : actorId.value())
                .param("actorEmail", actorEmail)
                .param("action", action)
                .param("target", target)
                .param("details", fitted(details))
                .param("ip", clientAddress())
                .update();
    }

    /** One change among many recorded together (a bulk invitation), written with one batched insert. */
    public record Change(String action, @Nullable String target, @Nullable String details) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(OrganizationId organization, List<Change> changes) {
        AuthenticatedUser actor = currentActor();
        java.sql.Timestamp at = java.sql.Timestamp.from(clock.instant());
        String ip = clientAddress();
        batch.batchUpdate(BATCH_INSERT, changes.stream().map(c -> new Object[] { organization.value(), at,
                actor == null ? null : actor.id().value(), actor == null ? null : actor.email(), c.action(), c.target(),
                fitted(c.details()), ip }).toList());
    }

    /** Details are cut to the column's size: they describe a change that is allowed however large it is. */
    private static @Nullable String fitted(@Nullable String details) {
        return details == null || details.length() <= MAX_DETAILS ? details : details.substring(0, MAX_DETAILS);
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public Page<AuditEntry> entries(OrganizationId organization, PageRequest page) {
        long before = page.after() == null ? Long.MAX_VALUE : parseSeq(page.afterParts(1)[0]);
        List<AuditEntry> rows = jdbc.sql(PAGE)
                .param("org", organization.value())
                .param("before", before)
                .param("limit", page.size() + 1)
                .query((rs, n) -> new AuditEntry(rs.getLong("seq"), rs.getTimestamp("at").toInstant(),
                        rs.getString("actor_id"), rs.getString("actor_email"), rs.getString("action"),
                        rs.getString("target"), rs.getString("details"), rs.getString("ip")))
                .list();
        return Page.of(rows, page.size(), entry -> Long.toString(entry.seq()));
    }

    /** Sequence numbers start at 1: a cursor holds a positive one, or this service did not issue it. */
    private static long parseSeq(String text) {
        long seq;
        try {
            seq = Long.parseLong(text);
        } catch (NumberFormatException e) {
            seq = 0;
        }
        if (seq < 1) {
            throw new io.gatehouse.shared.InvalidRequest("request.invalid_parameter",
                    "cursor is not one this service issued", "cursor");
        }
        return seq;
    }

    private static @Nullable AuthenticatedUser currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user ? user : null;
    }

    private static @Nullable String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
