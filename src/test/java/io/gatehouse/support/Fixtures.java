package io.gatehouse.support;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.gatehouse.access.AccessSnapshot;
import io.gatehouse.access.Authorizer;
import io.gatehouse.access.RoleAssignment;
import io.gatehouse.account.SignInService;
import io.gatehouse.cluster.ClusterService;
import io.gatehouse.cluster.ConnectedClusterWithToken;
import io.gatehouse.membership.MembershipService;
import io.gatehouse.organization.Organization;
import io.gatehouse.organization.OrganizationService;
import io.gatehouse.shared.AuthenticatedUser;
import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.OrganizationId;
import io.gatehouse.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the "given" of a test through the real services: organizations, members with roles, clusters, and bearer
 * tokens. Users are inserted as verified accounts with one known password (hashed once, Argon2 is slow on purpose).
 */
public class Fixtures {

    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public record Person(UserId id, String email, String token) {
    }

    public record Org(OrganizationId id, String name, Person owner) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final OrganizationService organizations;
    private final MembershipService memberships;
    private final ClusterService clusters;
    private final SignInService signIns;
    private final Authorizer authorizer;
    private final Clock clock;
    private final String passwordHash;

    public Fixtures(JdbcClient jdbc, TransactionTemplate transactions, OrganizationService organizations,
            MembershipService memberships, ClusterService clusters, SignInService signIns, Authorizer authorizer,
            PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.organizations = organizations;
        this.memberships = memberships;
        this.clusters = clusters;
        this.signIns = signIns;
        this.authorizer = authorizer;
        this.clock = clock;
        this.passwordHash = passwords.encode(PASSWORD);
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.com";
    }

    public Org organization(String name) {
        return organization(name, uniqueEmail("owner"));
    }

    /** An organization whose owner signs in with {@code ownerEmail}. */
    public Org organization(String name, String ownerEmail) {
        Person owner = user(ownerEmail);
        Organization org = transactions.execute(tx -> {
            Organization created = organizations.create(name);
            memberships.join(created.id(), owner.id(), List.of(RoleAssignment.owner()));
            return created;
        });
        return new Org(org.id(), org.name(), owner);
    }

    public Person member(Org org, RoleAssignment... roles) {
        Person person = user(uniqueEmail("member"));
        transactions.executeWithoutResult(tx -> memberships.join(org.id(), person.id(), List.of(roles)));
        return person;
    }

    /** A verified account that belongs to no organization. */
    public Person user(String email) {
        UserId id = UserId.random();
        jdbc.sql("INSERT INTO users (id, email, name, password_hash, verified, created_at) VALUES (?, ?, ?, ?, TRUE, ?)")
                .params(id.value(), email, email.substring(0, email.indexOf('@')), passwordHash,
                        Timestamp.from(clock.instant()))
                .update();
        return new Person(id, email, token(id, email));
    }

    public String token(UserId id, String email) {
        return signIns.issue(new AuthenticatedUser(id, email), clock.instant()).token();
    }

    /** The same organization with a fresh token for its owner, after the clock moved past the old one. */
    public Org signedInAgain(Org org) {
        Person owner = org.owner();
        return new Org(org.id(), org.name(), new Person(owner.id(), owner.email(), token(owner.id(), owner.email())));
    }

    public ClusterId cluster(Org org, String name) {
        return clusterWithToken(org, name).cluster().id();
    }

    /** A cluster connected by the organization's owner, with the agent token shown to them once. */
    public ConnectedClusterWithToken clusterWithToken(Org org, String name) {
        AccessSnapshot owner = authorizer.snapshotOf(org.owner().id());
        return clusters.connect(org.id(), owner, name, "self_managed");
    }

    /** A delivery the worker gave up on; failed ones are never picked up again, so the row stays as written. */
    public void failedDelivery(OrganizationId org, ClusterId cluster, UUID connector) {
        UUID event = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO monitoring_events (id, organization_id, cluster_id, type, node_key, open_slot, severity,
                                               title, details, recommendations, nodes, opened_at)
                VALUES (?, ?, ?, 'high_heap', '', 'open', 'high', 'High heap', '', '', '', ?)
                """).params(event, org.value(), cluster.value(), now).update();
        jdbc.sql("""
                INSERT INTO notification_deliveries (id, organization_id, connector_id, event_id, transition, payload,
                                                     status, attempts, next_attempt_at, last_error, created_at)
                VALUES (?, ?, ?, ?, 'opened', '{}', 'failed', 3, ?, 'Connection refused', ?)
                """).params(UUID.randomUUID(), org.value(), connector, event, now, now).update();
    }
}
