package io.gatehouse.api;

import io.gatehouse.cluster.AgentIdentity;
import io.gatehouse.web.AgentAuthenticated;
import io.gatehouse.monitoring.ReportIngest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Where agents send their reports: Elasticsearch's own bodies, interpreted by the monitoring module. */
@RestController
@RequestMapping("/api/v1/agent")
class AgentApiController {

    record Accepted(String outcome) {
    }

    private final ReportIngest ingest;

    AgentApiController(ReportIngest ingest) {
        this.ingest = ingest;
    }

    @AgentAuthenticated
    @PostMapping("/reports")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted report(AgentIdentity agent, @RequestBody JsonNode body) {
        return new Accepted(ingest.ingest(agent, body).name().toLowerCase(java.util.Locale.ROOT));
    }
}
