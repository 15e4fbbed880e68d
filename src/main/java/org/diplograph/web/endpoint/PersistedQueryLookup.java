package org.diplograph.web.endpoint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import org.diplograph.sql.PersistedQueries;
import org.diplograph.web.EdgeRefusals;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Automatic persisted queries as Apollo's clients send them: {@code extensions.persistedQuery} holds
 * {@code version: 1} and the document's {@code sha256Hash}. With the document, the hash is checked and the pair
 * registered (in the database, for every instance) once the request is admitted; without it, the registered document
 * is run, or the client is told PERSISTED_QUERY_NOT_FOUND and sends it once with its hash.
 */
public final class PersistedQueryLookup {

    /**
     * The document a request runs: its own, or the one its persisted-query hash names; or why it has none.
     *
     * @param registerAs the hash to register the document under once the request is admitted, or null
     */
    public record Resolution(Object query, ServerResponse refusal, String registerAs) {

        Resolution(Object query, ServerResponse refusal) {
            this(query, refusal, null);
        }
    }

    private final PersistedQueries persistedQueries;
    private final EdgeRefusals refusals;

    public PersistedQueryLookup(PersistedQueries persistedQueries, EdgeRefusals refusals) {
        this.persistedQueries = persistedQueries;
        this.refusals = refusals;
    }

    public Resolution resolve(ServerRequest request, Object query, Object extensions) {
        Object persisted = extensions instanceof Map<?, ?> map ? map.get("persistedQuery") : null;
        if (persisted == null) {
            return new Resolution(query, null);
        }
        if (!(persisted instanceof Map<?, ?> asked) || !(asked.get("sha256Hash") instanceof String hash)
                || !hash.matches("[0-9a-fA-F]{64}")) {
            return new Resolution(null, refuse(request, HttpStatus.BAD_REQUEST, "INVALID_REQUEST",
                    "'extensions.persistedQuery' must be an object with 'version': 1 and 'sha256Hash': the document's "
                            + "SHA-256 as 64 hexadecimal digits."));
        }
        if (!(asked.get("version") instanceof Number version) || version.intValue() != 1
                || version.doubleValue() != 1) {
            return new Resolution(null, refuse(request, HttpStatus.BAD_REQUEST, "PERSISTED_QUERY_NOT_SUPPORTED",
                    "Only version 1 of automatic persisted queries is supported."));
        }
        String sha256 = hash.toLowerCase(Locale.ROOT);
        if (query == null) {
            return persistedQueries.find(sha256).map(document -> new Resolution(document, null))
                    .orElseGet(() -> new Resolution(null, refuse(request, HttpStatus.OK, "PERSISTED_QUERY_NOT_FOUND",
                            "PersistedQueryNotFound: no document is registered under this hash; send it once with "
                                    + "'query' and this hash.")));
        }
        if (!(query instanceof String document)) {
            return new Resolution(query, null);
        }
        if (!sha256(document.getBytes(StandardCharsets.UTF_8)).equals(sha256)) {
            return new Resolution(null, refuse(request, HttpStatus.BAD_REQUEST, "PERSISTED_QUERY_HASH_MISMATCH",
                    "'extensions.persistedQuery.sha256Hash' is not the SHA-256 of 'query' (UTF-8, as sent)."));
        }
        return new Resolution(document, null, sha256);
    }

    /** Registers the document under its hash, for every instance. */
    public void register(String sha256, String document) {
        persistedQueries.register(sha256, document);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }

    private ServerResponse refuse(ServerRequest request, HttpStatus status, String code, String message) {
        return refusals.refuse(request, status, code, message, headers -> { });
    }
}
