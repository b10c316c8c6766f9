package io.gatehouse.support;


import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port, on PostgreSQL, delivering mail to an in-process SMTP server (GreenMail),
 * with a clock tests can move. All API test classes share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestBeans.class)
public abstract class ApiIntegrationTest {

    protected static final GreenMail SMTP = startSmtp();

    @LocalServerPort
    protected int port;

    @Autowired
    protected Fixtures fixtures;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected JdbcClient jdbc;

    protected Http http;

    protected final Mailbox mailbox = new Mailbox(SMTP);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("gatehouse.mail.poll-interval", () -> "200ms");
        registry.add("gatehouse.mail.retry-base", () -> "200ms");
        registry.add("gatehouse.notifications.poll-interval", () -> "200ms");
        registry.add("gatehouse.notifications.retry-base", () -> "200ms");
        // The tests' webhook receivers listen on 127.0.0.1.
        registry.add("gatehouse.notifications.allow-private-networks", () -> "true");
    }

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static GreenMail startSmtp() {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }
}
