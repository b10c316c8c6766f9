package io.gatehouse.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outbox delivery tuning ({@code gatehouse.mail.*}). Retries back off exponentially from {@code retryBase} up to
 * {@code retryMax}; after {@code maxAttempts} a message is marked failed and kept for inspection.
 */
@ConfigurationProperties("gatehouse.mail")
record MailSettings(@DefaultValue("Gatehouse <no-reply@localhost>") String from,
        @DefaultValue("1s") Duration pollInterval, @DefaultValue("100") int batchSize,
        @DefaultValue("5s") Duration retryBase, @DefaultValue("1h") Duration retryMax,
        @DefaultValue("25") int maxAttempts, @DefaultValue("2m") Duration lease) {

    Duration backoff(int attemptsSoFar) {
        int exponent = Math.min(Math.max(attemptsSoFar - 1, 0), 30);
        Duration delay = retryBase.multipliedBy(1L << Math.min(exponent, 20));
        return delay.compareTo(retryMax) > 0 ? retryMax : delay;
    }
}
