package io.gatehouse.monitoring;

import io.gatehouse.shared.InvalidRequest;

/** A report collected too long ago, or in the future: its samples would land outside the rules' order. */
public class ReportOutOfRange extends InvalidRequest {

    ReportOutOfRange(String message) {
        super("agent.report_out_of_range", message, "collected_at");
    }
}
