package io.gatehouse.monitoring;

/** Published inside the transaction that opened the event, so that listeners can queue work atomically with it. */
public record EventOpened(MonitoringEvent event) {
}
