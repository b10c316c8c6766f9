package io.gatehouse.shared;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The product settings of API.md ({@code gatehouse.*}) that more than one module reads.
 *
 * @param publicUrl base of the links in emails, without a trailing slash
 * @param signupEnabled whether people may sign up without an invitation
 * @param invitationTtl how long an invitation stays valid after it was (re)sent
 */
@ConfigurationProperties("gatehouse")
public record GatehouseSettings(@DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("true") boolean signupEnabled, @DefaultValue("72h") Duration invitationTtl) {

    public GatehouseSettings {
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String link(String path) {
        return publicUrl + path;
    }
}
