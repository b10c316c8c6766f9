/**
 * AutoOps data of connected clusters: agent reports and node samples, the event rules and their per-cluster
 * customizations, events, and metrics reports.
 */
@NullMarked
package io.gatehouse.monitoring;

import org.jspecify.annotations.NullMarked;
