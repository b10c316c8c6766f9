package io.gatehouse.console;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gatehouse.support.ApiIntegrationTest;
import io.gatehouse.support.Fixtures;
import io.gatehouse.support.Fixtures.Org;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 5: the console's sessions, cookies, CSRF protection and security headers, over plain HTTP. */
class ConsoleSecurityIntegrationTests extends ApiIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

    @Test
    void pagesCarryStrictSecurityHeadersAndAnHttpOnlySameSiteSessionCookie() throws Exception {
        HttpResponse<String> login = get("/login", null);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self'").contains("style-src 'self'").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline"));
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(login.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure"));
        assertThat(login.body()).doesNotContain("<script>").doesNotContain("style=");
    }

    @Test
    void sessionCookieIsSecureBehindAnHttpsProxy() throws Exception {
        HttpResponse<String> login = get("/login", "https");
        assertThat(login.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .contains("Secure").contains("HttpOnly"));
    }

    @Test
    void strangersAreSentToTheLoginPage() throws Exception {
        HttpResponse<String> members = get("/organization/members", null);
        assertThat(members.statusCode()).isEqualTo(302);
        assertThat(members.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void logInWithoutTheCsrfTokenIsRefusedAndWithItTheSessionIsStoredInTheDatabase() throws Exception {
        Org org = fixtures.organization("Sessions");
        String form = "email=" + org.owner().email() + "&password=" + Fixtures.PASSWORD;
        assertThat(post("/login", form).statusCode()).isEqualTo(403);

        Matcher token = CSRF.matcher(get("/login", null).body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> loggedIn = post("/login", form + "&_csrf=" + token.group(1));
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?")
                .param(org.owner().id().toString()).query(Long.class).single()).isEqualTo(1);
        assertThat(get("/organization/members", null).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownConsolePageIsAPageForPeopleWhileUnknownApiPathsStayJson() throws Exception {
        logIn(fixtures.organization("Lost"));
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/no-such-page")).header("Accept", "text/html,*/*").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<h1>Not found</h1>").contains("Go to your clusters");

        HttpResponse<String> api = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/no-such-path")).header("Accept", "text/html,*/*").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.body()).isEqualTo("{\"errors\":[{\"code\":\"request.not_found\",\"message\":\"No such endpoint\"}]}");
    }

    private void logIn(Org org) throws Exception {
        Matcher token = CSRF.matcher(get("/login", null).body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> loggedIn = post("/login", "email=" + org.owner().email() + "&password=" + Fixtures.PASSWORD
                + "&_csrf=" + token.group(1));
        assertThat(loggedIn.statusCode()).isEqualTo(302);
    }

    private HttpResponse<String> get(String path, String forwardedProto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
