/**
 * Notification preferences of an organization (email and webhook connectors, filters) and the delivery of event
 * openings and closings through a transactional outbox, with a delivery log.
 */
@NullMarked
package io.gatehouse.notification;

import org.jspecify.annotations.NullMarked;
