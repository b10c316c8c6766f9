package io.gatehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import io.gatehouse.access.Role;
import io.gatehouse.access.RoleAssignment;
import io.gatehouse.support.ApiIntegrationTest;
import io.gatehouse.support.Fixtures;
import io.gatehouse.support.Fixtures.Org;
import io.gatehouse.support.Fixtures.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command-line client against the running server, as a script or a person would use it. */
class CliIntegrationTests extends ApiIntegrationTest {

    @TempDir
    Path home;

    private Map<String, String> env;
    private Org org;

    record Run(int exit, String out, String err) {

        JsonNode json() {
            return JsonMapper.builder().build().readTree(out);
        }
    }

    @BeforeEach
    void configure() {
        env = Map.of("XDG_CONFIG_HOME", home.toString(), "HOME", home.toString());
        org = fixtures.organization("Scripted");
        String key = http.post("/api/v1/users/auth/keys", org.owner().token(), Map.of("description", "cli"))
                .body().path("key").asString();

        Run configured = run("configure", "--url", "http://127.0.0.1:" + port, "--api-key", key);

        assertThat(configured.exit()).as(configured.err()).isZero();
        assertThat(configured.out()).contains("Configured for " + org.owner().email());
    }

    @Test
    void keepsTheKeyInAFileOnlyItsOwnerCanRead() throws Exception {
        Path file = home.resolve("gatehouse/config.json");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).contains("\"url\":\"http://127.0.0.1:" + port + "\"");
    }

    @Test
    void connectsClustersInvitesAndManagesInvitations() {
        Run connected = run("clusters", "connect", "prod-eu", "--kind", "eck");
        assertThat(connected.exit()).isZero();
        assertThat(connected.out()).contains("Connected prod-eu").contains("Agent token (shown only now): ");
        String cluster = run("--json", "clusters", "list").json().path("clusters").path(0).path("id").asString();
        String a = Fixtures.uniqueEmail("cli-a");
        String b = Fixtures.uniqueEmail("cli-b");

        Run invited = run("invite", a + " " + b, "--role", "viewer", "--clusters", cluster);

        assertThat(invited.exit()).as(invited.err()).isZero();
        assertThat(invited.out().lines()).hasSize(3);
        assertThat(invited.out().lines().findFirst().orElseThrow()).startsWith("ID").contains("EMAIL").contains("STATUS");
        assertThat(invited.out()).contains(a).contains(b).contains("viewer on 1 cluster(s)").contains("pending");
        mailbox.awaitMessage(a, 1);
        JsonNode pending = run("--json", "invitations", "list", "--status", "pending").json().path("invitations");
        assertThat(pending).hasSize(2);
        String id = pending.path(0).path("id").asString();
        assertThat(run("invitations", "resend", id).out()).contains("Sent again to");
        assertThat(run("invitations", "revoke", id).exit()).isZero();
        assertThat(run("--json", "invitations", "list", "--status", "revoked").json().path("invitations")).hasSize(1);
        assertThat(run("clusters", "disconnect", cluster).out()).contains("Disconnected " + cluster);
        assertThat(run("clusters", "list").out()).startsWith("No clusters yet");
    }

    @Test
    void printsTheServersErrorsAndExitsWithOne() {
        Run refused = run("invite", "bad@ also-bad", "--role", "admin");

        assertThat(refused.exit()).isEqualTo(GatehouseCli.REFUSED);
        assertThat(refused.err()).contains("[organization.invitation_invalid_email] bad@")
                .contains("[organization.invitation_invalid_email] also-bad");
        assertThat(run("--json", "invitations", "list").json().path("invitations")).isEmpty();
    }

    @Test
    void managesMembersAndTheirRoles() {
        Person member = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_VIEWER));

        Run list = run("members", "list");
        assertThat(list.out()).contains(member.email()).contains("viewer on all clusters").contains("owner");
        assertThat(run("members", "roles", member.id().toString(), "--role", "admin").exit()).isZero();
        assertThat(run("members", "list").out()).contains("admin on all clusters");
        assertThat(run("members", "roles", org.owner().id().toString(), "--role", "viewer").err())
                .contains("[organization.last_owner]");
        assertThat(run("members", "remove", member.id().toString()).exit()).isZero();
        assertThat(run("--json", "members", "list").json().path("members")).hasSize(1);
    }

    @Test
    void managesApiKeys() {
        Run created = run("--json", "keys", "create", "--description", "nightly", "--expiration", "30d");
        String id = created.json().path("id").asString();
        assertThat(created.json().path("key").asString()).startsWith(id + ".");
        assertThat(run("keys", "list").out()).contains("nightly").contains("cli");
        assertThat(run("keys", "revoke", id).exit()).isZero();
        assertThat(run("keys", "revoke", id).err()).contains("[api_keys.not_found]");
    }

    @Test
    void listsEveryItemPastTheFirstPage() {
        // 1,001 keys: one more than the largest page the API gives.
        jdbc.sql("""
                INSERT INTO api_keys (id, user_id, description, key_hash, created_at, expires_at)
                SELECT gen_random_uuid(), ?, 'bulk ' || n, md5(n::text),
                       CAST(? AS TIMESTAMPTZ) + n * INTERVAL '1 millisecond', ?
                FROM generate_series(1, 1000) n
                """).params(org.owner().id().value(), java.sql.Timestamp.from(clock.instant()),
                java.sql.Timestamp.from(clock.instant().plus(java.time.Duration.ofDays(1)))).update();

        Run listed = run("--json", "keys", "list");

        assertThat(listed.exit()).as(listed.err()).isZero();
        assertThat(listed.json().path("keys")).hasSize(1001);
        assertThat(listed.json().path("keys").path(1000).path("description").asString()).isEqualTo("bulk 1000");
    }

    @Test
    void exitCodesTellUsageUnreachableAndUnconfiguredApart() {
        assertThat(run("invite", "x@example.com").exit()).as("--role missing").isEqualTo(2);
        assertThat(run("--url", "http://127.0.0.1:1", "clusters", "list").exit()).isEqualTo(GatehouseCli.UNREACHABLE);
        Run unconfigured = GatehouseCliRunner.run(Map.of("XDG_CONFIG_HOME", home.resolve("empty").toString()),
                "clusters", "list");
        assertThat(unconfigured.exit()).isEqualTo(GatehouseCli.NOT_CONFIGURED);
        assertThat(unconfigured.err()).contains("gatehouse configure");
        assertThat(run("--api-key", "forged.key", "clusters", "list").err()).contains("[auth.invalid_credentials]");
    }

    private Run run(String... args) {
        return GatehouseCliRunner.run(env, args);
    }

    static final class GatehouseCliRunner {

        static Run run(Map<String, String> env, String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = GatehouseCli.run(args, env, new PrintWriter(out, true), new PrintWriter(err, true));
            return new Run(exit, out.toString(), err.toString());
        }
    }
}
