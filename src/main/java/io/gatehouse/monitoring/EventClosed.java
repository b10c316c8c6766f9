package io.gatehouse.monitoring;

/** Published inside the transaction that closed the event. */
public record EventClosed(MonitoringEvent event) {
}
