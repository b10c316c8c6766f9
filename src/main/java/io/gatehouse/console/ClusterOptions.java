package io.gatehouse.console;

import java.util.List;

import io.gatehouse.cluster.ClusterService;
import io.gatehouse.shared.PageRequest;
import io.gatehouse.web.Caller;

/** The clusters offered in the <b>Clusters</b> multi-select: those the caller may see (an owner: all). */
record ClusterOptions(String id, String name) {

    static List<ClusterOptions> of(ClusterService clusters, Caller caller) {
        return clusters.visibleTo(caller.access(), caller.organization(), PageRequest.first(PageRequest.MAX_SIZE))
                .items().stream().map(c -> new ClusterOptions(c.id().toString(), c.name())).toList();
    }
}
