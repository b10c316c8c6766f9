package io.gatehouse.console;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.gatehouse.access.RoleAssignment;
import io.gatehouse.cluster.ClusterService;
import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.OrganizationId;
import org.springframework.stereotype.Component;

/** Role assignments as people read them ("Viewer on cluster prod-eu"), naming every cluster of a page in one query. */
@Component
class RolesInWords {

    private final ClusterService clusters;

    RolesInWords(ClusterService clusters) {
        this.clusters = clusters;
    }

    /** A namer for every cluster the given assignments mention. */
    Function<List<RoleAssignment>, List<String>> namer(OrganizationId org, Collection<List<RoleAssignment>> all) {
        Set<ClusterId> named = new LinkedHashSet<>();
        all.forEach(assignments -> assignments.forEach(a -> named.addAll(a.clusters())));
        Map<ClusterId, String> names = named.isEmpty() ? Map.of() : clusters.names(org, named);
        return assignments -> assignments.stream()
                .map(a -> a.inWords(id -> names.getOrDefault(id, "(disconnected cluster)"))).toList();
    }
}
