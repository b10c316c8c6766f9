package io.gatehouse.api;

import io.gatehouse.account.SignInService;
import io.gatehouse.apikey.ApiKeyService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's filter chain: stateless, token-authenticated, no cookies (so no CSRF). Spring Security only
 * authenticates here; authorization is {@link PermissionInterceptor}'s single decision per handler. Everything
 * else goes through the console's chain ({@code console.ConsoleSecurityConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    /** The API's documentation pages: public, and Swagger UI needs its own scripts and styles. */
    @Bean
    @Order(0)
    SecurityFilterChain apiDocsFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/docs/**", "/api/v1/api-docs/**", "/api/swagger-ui/**", "/api/docs")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "frame-ancestors 'none'")))
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, SignInService signIns, ApiKeyService apiKeys,
            JsonMapper json) throws Exception {
        return http.securityMatcher("/api/**", "/error")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .addFilterBefore(new RequestSizeLimitFilter(json), AnonymousAuthenticationFilter.class)
                .addFilterBefore(new TokenAuthenticationFilter(signIns, apiKeys, json), AnonymousAuthenticationFilter.class)
                .build();
    }
}
