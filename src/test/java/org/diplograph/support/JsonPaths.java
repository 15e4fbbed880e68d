package org.diplograph.support;

import java.util.List;
import java.util.Map;

/** Reading a value out of a parsed JSON answer by its path: map keys, and list indexes as numbers. */
public final class JsonPaths {

    private JsonPaths() {
    }

    @SuppressWarnings("unchecked")
    public static Object at(Map<String, Object> json, String... path) {
        Object value = json;
        for (String step : path) {
            value = value instanceof List<?> list ? list.get(Integer.parseInt(step)) : ((Map<String, Object>) value).get(step);
        }
        return value;
    }

    public static long number(Map<String, Object> json, String... path) {
        return ((Number) at(json, path)).longValue();
    }
}
