package org.diplograph.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that presents an API key ({@code Authorization: Bearer <key>} or {@code X-API-Key: <key>}).
 * A request without a key goes on anonymously (reads are public by default; writes then fail with UNAUTHORIZED); a
 * request with a wrong key is refused at once with 401 and a GraphQL-shaped error, so a typo never passes silently.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String WRITER = "ROLE_WRITER";
    static final String READER = "ROLE_READER";

    private final ApiKeys keys;

    ApiKeyAuthenticationFilter(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> presented = presentedKey(request);
        if (presented.isPresent()) {
            Optional<ApiKeys.Key> key = keys.match(presented.get());
            if (key.isEmpty()) {
                refuse(response);
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

    static void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("{\"errors\":[{\"message\":\"The API key is not valid.\","
                + "\"extensions\":{\"classification\":\"UNAUTHORIZED\",\"code\":\"UNAUTHORIZED\"}}]}");
    }
}
