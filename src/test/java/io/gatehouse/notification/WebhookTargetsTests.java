package io.gatehouse.notification;

import java.net.InetAddress;
import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Webhooks may not reach this machine or a private network unless allowed (server-side request forgery). */
class WebhookTargetsTests {

    private final WebhookTargets guarded = new WebhookTargets(false);
    private final WebhookTargets allowed = new WebhookTargets(true);

    @ParameterizedTest
    @ValueSource(strings = { "http://127.0.0.1:8080/hook", "http://localhost/hook", "http://api.localhost/x",
            "http://10.1.2.3/", "http://172.16.0.9/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data",
            "http://100.64.0.1/", "http://0.0.0.0/", "http://[::1]/hook", "http://[fd12:3456::1]/",
            "http://[fe80::1]/", "http://[::ffff:127.0.0.1]/" })
    void refusesPrivateAddressesWhenSavedAndWhenCalled(String url) {
        assertThat(guarded.refusesAsWritten(URI.create(url))).isTrue();
        assertThat(guarded.refusal(URI.create(url))).contains("on this machine or a private network");
        assertThat(allowed.refusesAsWritten(URI.create(url))).isFalse();
        assertThat(allowed.refusal(URI.create(url))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://93.184.215.14/hook", "https://[2606:4700::1111]/hook" })
    void letsPublicAddressesThrough(String url) {
        assertThat(guarded.refusesAsWritten(URI.create(url))).isFalse();
        assertThat(guarded.refusal(URI.create(url))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "8.8.8.8", "1.1.1.1", "2001:4860:4860::8888" })
    void publicAddressesAreNotPrivate(String address) throws Exception {
        assertThat(WebhookTargets.isPrivate(InetAddress.getByName(address))).isFalse();
    }
}
