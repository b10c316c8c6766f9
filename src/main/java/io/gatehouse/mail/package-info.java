/** Email through a transactional outbox: queued with the change that causes it, delivered over SMTP after commit. */
@NullMarked
package io.gatehouse.mail;

import org.jspecify.annotations.NullMarked;
