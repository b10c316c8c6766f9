package io.gatehouse.invitation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Invitation limits ({@code gatehouse.invitations.*}): emails an organization may send per hour. */
@ConfigurationProperties("gatehouse.invitations")
record InvitationSettings(@DefaultValue("2000") int maxSendsPerHour) {
}
