package org.diplograph.benchmark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An answer reduced to the sequence of its values, so that two schemas' answers to one question can be compared. */
final class Answers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Answers() {
    }

    static List<String> values(String response) {
        List<String> values = new ArrayList<>();
        collect(JSON.readTree(response).get("data"), values);
        return values;
    }

    /** Numbers are compared by value: PostGraphile sends NUMERIC columns as strings ("-2.0"), Diplograph as floats. */
    private static void collect(JsonNode node, List<String> values) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                collect(property.getValue(), values);
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                collect(element, values);
            }
        } else if (!node.isNull()) {
            String text = node.asString();
            try {
                values.add(new BigDecimal(text).stripTrailingZeros().toPlainString());
            } catch (NumberFormatException notANumber) {
                values.add(text);
            }
        } else {
            values.add("null");
        }
    }
}
