package io.gatehouse.support;

import java.time.Clock;

import io.gatehouse.access.Authorizer;
import io.gatehouse.account.SignInService;
import io.gatehouse.cluster.ClusterService;
import io.gatehouse.membership.MembershipService;
import io.gatehouse.organization.OrganizationService;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** The test clock (primary, so every service uses it) and the fixtures. */
@TestConfiguration(proxyBeanMethods = false)
public class TestBeans {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }

    @Bean
    Fixtures fixtures(JdbcClient jdbc, TransactionTemplate transactions, OrganizationService organizations,
            MembershipService memberships, ClusterService clusters, SignInService signIns, Authorizer authorizer,
            PasswordEncoder passwords, Clock clock) {
        return new Fixtures(jdbc, transactions, organizations, memberships, clusters, signIns, authorizer, passwords,
                clock);
    }
}
