package org.diplograph.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The API keys that may write (and, when reads are not public, read), from the environment
 * ({@code DIPLOGRAPH_API_KEYS=name:key[:read|write],...}). There is no default key: without configured keys, nobody can
 * write. Keys are held only as SHA-256 digests and compared in constant time.
 *
 * @param apiKeys     entries {@code name:key} or {@code name:key:scope}; scope {@code write} (default) or {@code read}
 * @param readsPublic whether queries (and subscriptions) need no key
 */
@ConfigurationProperties("diplograph.security")
public record ApiKeys(List<String> apiKeys, boolean readsPublic) {

    public static final int MIN_KEY_LENGTH = 32;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** A configured key: who it identifies, whether it may write, and the digest of its secret. */
    public record ApiKey(String name, boolean canWrite, byte[] digest) {
    }

    public ApiKeys {
        apiKeys = apiKeys == null ? List.of() : apiKeys.stream().map(String::trim).filter(entry -> !entry.isEmpty()).toList();
        parse(apiKeys);
    }

    public List<ApiKey> keys() {
        return parse(apiKeys);
    }

    /** The key a client presented, if it is one of ours. */
    public Optional<ApiKey> match(String presented) {
        byte[] digest = sha256(presented);
        ApiKey found = null;
        for (ApiKey key : keys()) {
            if (MessageDigest.isEqual(key.digest(), digest)) {
                found = key;
            }
        }
        return Optional.ofNullable(found);
    }

    private static List<ApiKey> parse(List<String> entries) {
        List<ApiKey> keys = new ArrayList<>();
        for (String entry : entries) {
            String[] parts = entry.split(":");
            if (parts.length < 2 || parts.length > 3 || !NAME.matcher(parts[0]).matches()) {
                throw new IllegalArgumentException(
                        "DIPLOGRAPH_API_KEYS entries are name:key or name:key:scope (name: letters, digits, . _ -)");
            }
            if (parts[1].length() < MIN_KEY_LENGTH) {
                throw new IllegalArgumentException("The API key of '%s' is shorter than %d characters; generate one with "
                        .formatted(parts[0], MIN_KEY_LENGTH) + "`openssl rand -hex 24`");
            }
            String scope = parts.length == 3 ? parts[2] : "write";
            if (!scope.equals("write") && !scope.equals("read")) {
                throw new IllegalArgumentException("The scope of '%s' must be read or write".formatted(parts[0]));
            }
            keys.add(new ApiKey(parts[0], scope.equals("write"), sha256(parts[1])));
        }
        return keys;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
