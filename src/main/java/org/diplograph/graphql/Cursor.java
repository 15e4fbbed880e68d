package org.diplograph.graphql;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A keyset cursor: the ordering it belongs to and the sort-key values of one row. Opaque to clients (base64url); a
 * cursor from another ordering or connection is refused rather than silently misread.
 */
public record Cursor(String ordering, List<String> values) {

    private static final String VERSION = "c1";
    private static final int MAX_LENGTH = 512;

    public String encode() {
        List<String> parts = new ArrayList<>();
        parts.add(VERSION);
        parts.add(ordering);
        for (String value : values) {
            parts.add(value == null ? "~" : URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String text, String argument) {
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw invalid(text, argument);
        }
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw invalid(text, argument);
        }
        String[] parts = raw.split("\\|", -1);
        if (parts.length < 3 || !VERSION.equals(parts[0])) {
            throw invalid(text, argument);
        }
        List<String> values = new ArrayList<>();
        try {
            for (int i = 2; i < parts.length; i++) {
                values.add("~".equals(parts[i]) ? null : URLDecoder.decode(parts[i], StandardCharsets.UTF_8));
            }
        } catch (IllegalArgumentException badEscape) {
            throw invalid(text, argument);
        }
        return new Cursor(parts[1], values);
    }

    public static InvalidInputException invalid(String text, String argument) {
        String shown = text.length() > 64 ? text.substring(0, 64) + "…" : text;
        return new InvalidInputException(
                "'%s' is not a valid cursor for this connection: pass back an unmodified cursor that this connection returned."
                        .formatted(shown), argument, "INVALID_CURSOR");
    }
}
