package io.gatehouse.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Account tuning ({@code gatehouse.accounts.*}): lifetimes of tokens; the sign-in failure limits, which count
 * failures only, per account and per client address, within a sliding window; and the limits on sign-up and reset
 * requests per client address and on account emails per recipient ({@link AccountRequests}).
 */
@ConfigurationProperties("gatehouse.accounts")
record AccountSettings(@DefaultValue("24h") Duration sessionTtl, @DefaultValue("24h") Duration verifyTtl,
        @DefaultValue("1h") Duration resetTtl, @DefaultValue("5") int maxFailuresPerAccount,
        @DefaultValue("20") int maxFailuresPerAddress, @DefaultValue("15m") Duration failureWindow,
        @DefaultValue("30") int maxRequestsPerAddress, @DefaultValue("5") int maxMailsPerRecipient,
        @DefaultValue("1h") Duration requestWindow) {
}
