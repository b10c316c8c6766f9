package io.gatehouse.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.gatehouse.shared.ClusterId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The permission table of SPEC §2, row by row, from {@code permission-matrix.csv}. */
class AccessPolicyTests {

    private static final ClusterId ASKED = ClusterId.random();
    private static final ClusterId OTHER = ClusterId.random();

    @ParameterizedTest(name = "{0} on {1} may {2}: {3}")
    @MethodSource("matrix")
    void decidesEveryRoleScopeAndAction(String role, String scope, String action, String expected) {
        Permission permission = Permission.fromApiName(action).orElseThrow();
        Decision decision = AccessPolicy.decide(grants(role, scope), permission,
                permission.target() == Permission.Target.CLUSTER ? ASKED : null);

        assertThat(decision.allowed()).as(decision.reason()).isEqualTo(expected.equals("allow"));
        assertThat(decision.reason()).isNotBlank();
    }

    @Test
    void matrixCoversEveryPermissionForEveryRoleAndScope() throws IOException {
        Set<String> covered = new HashSet<>();
        lines().forEach(l -> covered.add(l[0] + "," + l[1] + "," + l[2]));
        List<String> subjects = List.of("owner,all", "admin,all", "admin,selected-in", "admin,selected-out",
                "viewer,all", "viewer,selected-in", "viewer,selected-out", "none,none");
        for (String subject : subjects) {
            for (Permission permission : Permission.values()) {
                assertThat(covered).contains(subject + "," + permission.apiName());
            }
        }
    }

    @Test
    void namesTheGrantThatAllowed() {
        RoleGrant grant = new RoleGrant(Role.CLUSTER_VIEWER, Scope.of(ASKED));
        Decision decision = AccessPolicy.decide(List.of(grant), Permission.VIEW_EVENTS, ASKED);

        assertThat(decision.grantedBy()).containsExactly(grant);
    }

    @Test
    void unionOfAssignmentsAllowsWhatEitherAllows() {
        List<RoleGrant> grants = List.of(new RoleGrant(Role.CLUSTER_VIEWER, Scope.ALL),
                new RoleGrant(Role.CLUSTER_ADMIN, Scope.of(ASKED)));

        assertThat(AccessPolicy.decide(grants, Permission.VIEW_EVENTS, OTHER).allowed()).isTrue();
        assertThat(AccessPolicy.decide(grants, Permission.ROTATE_AGENT_TOKEN, ASKED).allowed()).isTrue();
        assertThat(AccessPolicy.decide(grants, Permission.ROTATE_AGENT_TOKEN, OTHER).allowed()).isFalse();
        assertThat(AccessPolicy.decide(grants, Permission.DISCONNECT_CLUSTER, ASKED).allowed()).isFalse();
    }

    @Test
    void allClustersIncludesClustersConnectedLater() {
        ClusterId later = ClusterId.random();
        List<RoleGrant> grants = List.of(new RoleGrant(Role.CLUSTER_VIEWER, Scope.ALL));

        assertThat(AccessPolicy.decide(grants, Permission.VIEW_METRICS, later).allowed()).isTrue();
    }

    static Stream<Arguments> matrix() throws IOException {
        return lines().stream().map(l -> Arguments.of((Object[]) l));
    }

    private static List<String[]> lines() throws IOException {
        try (InputStream in = AccessPolicyTests.class.getResourceAsStream("/access/permission-matrix.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("role,"))
                    .map(l -> l.split(",")).toList();
        }
    }

    private static List<RoleGrant> grants(String role, String scope) {
        Scope on = switch (scope) {
            case "all", "none" -> Scope.ALL;
            case "selected-in" -> Scope.of(ASKED);
            case "selected-out" -> Scope.of(OTHER);
            default -> throw new IllegalArgumentException(scope);
        };
        return switch (role) {
            case "owner" -> List.of(new RoleGrant(Role.ORGANIZATION_OWNER, Scope.ALL));
            case "admin" -> List.of(new RoleGrant(Role.CLUSTER_ADMIN, on));
            case "viewer" -> List.of(new RoleGrant(Role.CLUSTER_VIEWER, on));
            case "none" -> List.of();
            default -> throw new IllegalArgumentException(role + Arrays.toString(Role.values()));
        };
    }
}
