package org.diplograph.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that presents an API key ({@code Authorization: Bearer <key>} or {@code X-API-Key: <key>}).
 * A request without a key goes on anonymously (reads are public by default; writes then fail with UNAUTHORIZED); a
 * request with a wrong key is refused at once with 401 and a GraphQL-shaped error, so a typo never passes silently
 * ({@link EdgeRefusals}: each such refusal is charged to the address, so keys cannot be guessed for free).
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String WRITER = "ROLE_WRITER";
    static final String READER = "ROLE_READER";

    private final ApiKeys keys;
    private final EdgeRefusals refusals;

    ApiKeyAuthenticationFilter(ApiKeys keys, EdgeRefusals refusals) {
        this.keys = keys;
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> presented = presentedKey(request);
        if (presented.isPresent()) {
            Optional<ApiKeys.ApiKey> key = keys.match(presented.get());
            if (key.isEmpty()) {
                refusals.refuseKey(request, response);
                return;
            }
            List<SimpleGrantedAuthority> authorities = key.get().canWrite()
                    ? List.of(new SimpleGrantedAuthority(WRITER), new SimpleGrantedAuthority(READER))
                    : List.of(new SimpleGrantedAuthority(READER));
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(key.get().name(), null, authorities));
        }
        chain.doFilter(request, response);
    }

    private static Optional<String> presentedKey(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(authorization.substring(7).trim());
        }
        return Optional.ofNullable(request.getHeader("X-API-Key")).map(String::trim);
    }
}
