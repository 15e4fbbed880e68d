package org.diplograph.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Who may do what: reads are public unless {@code DIPLOGRAPH_READS_PUBLIC=false}; writes (GraphQL mutations, guarded
 * by {@code @PreAuthorize}) need an API key with write scope. Stateless: no sessions, no cookies, hence no CSRF
 * tokens to manage.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiKeys keys) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .cors(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new ApiKeyAuthenticationFilter(keys), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                        (request, response, denied) -> ApiKeyAuthenticationFilter.refuse(response)))
                .authorizeHttpRequests(requests -> {
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
