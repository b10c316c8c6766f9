/**
 * The agent mode of the jar ({@code gatehouse agent ...}): reads a cluster's state from Elasticsearch each round and
 * sends it to Gatehouse, buffering and retrying while Gatehouse is unreachable. Plain Java, no Spring context.
 */
@NullMarked
package io.gatehouse.agent;

import org.jspecify.annotations.NullMarked;
