package io.gatehouse.console;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * Everything outside {@code /api}: the console (session cookie, CSRF, strict headers) and the public actuator
 * endpoints. Spring Security only authenticates and redirects strangers to the login page; what a signed-in user
 * may do is decided per handler by {@link io.gatehouse.web.PermissionInterceptor}.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {

    /** Scripts and styles come only from the application itself: no inline code, no other origin. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'; object-src 'none'";

    @Bean
    ConsoleSessionContext consoleSessionContext() {
        return new ConsoleSessionContext();
    }

    @Bean
    RequestCache consoleRequestCache() {
        return new HttpSessionRequestCache();
    }

    @Bean
    @Order(2)
    SecurityFilterChain consoleFilterChain(HttpSecurity http, ConsoleSessionContext sessions,
            RequestCache requestCache) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                        .requestMatchers("/actuator/**").denyAll()
                        .requestMatchers("/console/**", "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers("/login", "/signup", "/verify", "/reset-password", "/invitations/**")
                        .permitAll()
                        .anyRequest().authenticated())
                .securityContext(context -> context.securityContextRepository(sessions))
                .requestCache(cache -> cache.requestCache(requestCache))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frames -> frames.deny()))
                .build();
    }
}
