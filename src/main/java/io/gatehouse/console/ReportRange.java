package io.gatehouse.console;

import java.time.Duration;
import java.util.Arrays;

import io.gatehouse.shared.InvalidRequest;

/** The periods a cluster's metrics reports can be drawn over, as the range links of the page offer them. */
enum ReportRange {

    LAST_HOUR("1h", "Last hour", Duration.ofHours(1)),
    LAST_6_HOURS("6h", "Last 6 hours", Duration.ofHours(6)),
    LAST_24_HOURS("24h", "Last 24 hours", Duration.ofHours(24)),
    LAST_7_DAYS("7d", "Last 7 days", Duration.ofDays(7));

    private final String param;
    private final String label;
    private final Duration length;

    ReportRange(String param, String label, Duration length) {
        this.param = param;
        this.label = label;
        this.length = length;
    }

    public String param() {
        return param;
    }

    public String label() {
        return label;
    }

    Duration length() {
        return length;
    }

    static ReportRange fromParam(String param) {
        return Arrays.stream(values()).filter(r -> r.param.equals(param)).findFirst()
                .orElseThrow(() -> new InvalidRequest("request.invalid_parameter",
                        "The period must be one of 1h, 6h, 24h or 7d.", "range"));
    }
}
