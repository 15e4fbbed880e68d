package org.diplograph.graphql.node;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

import org.diplograph.graphql.InvalidInputException;

/**
 * A Relay global id: the node's type and database key, base64url-encoded so that clients treat it as opaque.
 * Clients must never build or parse ids; they only pass back what the API gave them.
 */
public record GlobalId(NodeType type, String key) {

    private static final Pattern NUMERIC_KEY = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Pattern CODE_KEY = Pattern.compile("[A-Za-z0-9]{1,8}");
    private static final int MAX_ENCODED_LENGTH = 64;

    public static String encode(NodeType type, Object key) {
        String raw = type.typeName() + ":" + key;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The global id of an optional reference: null when there is none. */
    public static String encodeOrNull(NodeType type, Object key) {
        return key == null ? null : encode(type, key);
    }

    /** Decodes an id from a client, refusing anything this API could not have issued. */
    public static GlobalId decode(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_ENCODED_LENGTH) {
            throw invalid(id);
        }
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw invalid(id);
        }
        int colon = raw.indexOf(':');
        if (colon < 0) {
            throw invalid(id);
        }
        NodeType type = NodeType.ofTypeName(raw.substring(0, colon)).orElseThrow(() -> invalid(id));
        String key = raw.substring(colon + 1);
        Pattern keyShape = type.numericKey() ? NUMERIC_KEY : CODE_KEY;
        if (!keyShape.matcher(key).matches()) {
            throw invalid(id);
        }
        return new GlobalId(type, key);
    }

    /** Decodes an id that must name a node of the given type (an argument typed "ID of an Actor", say). */
    public static long decodeNumeric(String id, NodeType expected, String argumentName) {
        GlobalId decoded = decode(id);
        if (decoded.type != expected) {
            throw new InvalidInputException(
                    "Argument '%s' takes %s ids, but '%s' is a %s id."
                            .formatted(argumentName, expected.typeName(), id, decoded.type.typeName()),
                    argumentName, "WRONG_ID_TYPE");
        }
        return decoded.numericKey();
    }

    public long numericKey() {
        return Long.parseLong(key);
    }

    private static InvalidInputException invalid(String id) {
        String shown = id == null ? "null" : id.length() > MAX_ENCODED_LENGTH ? id.substring(0, MAX_ENCODED_LENGTH) + "…" : id;
        return new InvalidInputException("'%s' is not a valid Diplograph global id.".formatted(shown), "id", "INVALID_ID");
    }
}
