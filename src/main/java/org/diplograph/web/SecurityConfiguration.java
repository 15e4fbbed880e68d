package org.diplograph.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may do what: reads are public unless {@code DIPLOGRAPH_READS_PUBLIC=false}; writes (GraphQL mutations, guarded
 * by {@code @PreAuthorize}) need an API key with write scope; health probes are public and metrics need a key.
 * Stateless: no sessions, no cookies, hence no CSRF tokens to manage. Every response carries headers that keep a
 * browser from framing, sniffing or leaking it, and a content security policy that lets the GraphiQL page run only the
 * scripts the application serves itself.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@ConditionalOnWebApplication
class SecurityConfiguration {

    /** GraphiQL's inline styles need 'unsafe-inline' for styles only; no inline or foreign script may run. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /**
     * Spring Security would otherwise observe each of its filters on every request, a tenth of a small query's time
     * (profiled); nothing reads those observations, and the request as a whole stays observed (http.server.requests).
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiKeys keys, EdgeRefusals refusals) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .cors(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frames -> frames.deny())
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)))
                .addFilterBefore(new ApiKeyAuthenticationFilter(keys, refusals), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                        (request, response, denied) -> refusals.refuseMissingKey(request, response)))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
                    requests.requestMatchers("/actuator/**").hasAuthority(ApiKeyAuthenticationFilter.READER);
                    if (!keys.readsPublic()) {
                        requests.requestMatchers("/graphql", "/graphql/**").hasAuthority(ApiKeyAuthenticationFilter.READER);
                    }
                    requests.anyRequest().permitAll();
                });
        return http.build();
    }

    /** No user accounts: API keys are the only credentials (this also stops Boot from generating a password). */
    @Bean
    UserDetailsService noUsers() {
        return new InMemoryUserDetailsManager();
    }
}
