package org.diplograph.dataset.polecat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diplograph.dataset.file.RejectedRowException;
import org.springframework.batch.infrastructure.item.file.LineMapper;
import org.springframework.batch.infrastructure.item.file.transform.DefaultFieldSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads POLECAT's JSON-lines form, one event per line, in either shape it comes in: the weekly files' columns as keys
 * ({@code "Event ID"}, {@code "Event Type"}…), or the nested records NGEC, POLECAT's coder, writes ({@code id},
 * {@code event_type}, {@code attributes.ACTOR[0]}, {@code event_geolocation.geo}). Each line becomes the row of
 * those columns and is read by {@link PolecatEventMapper}, so that both forms are checked alike. NGEC's records carry
 * the story's text ({@code event_text}); it is not kept, as no data set's text is.
 */
public final class PolecatJsonLines implements LineMapper<PolecatEvent> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PolecatEventMapper columns = new PolecatEventMapper();

    /** Whether a file's first line is a JSON object, as POLECAT's JSON-lines files are. */
    public static boolean looksLikeJson(String firstLine) {
        return firstLine != null && firstLine.replace("\uFEFF", "").stripLeading().startsWith("{");
    }

    @Override
    public PolecatEvent mapLine(String line, int lineNumber) {
        JsonNode event;
        try {
            event = JSON.readTree(line.replace("\uFEFF", ""));
        } catch (JacksonException notJson) {
            throw new RejectedRowException("is not a JSON object (" + notJson.getOriginalMessage() + ")");
        }
        if (event == null || !event.isObject()) {
            throw new RejectedRowException("is not a JSON object");
        }
        Map<String, String> row = event.has("Event ID") ? flat(event) : fromNgec(event);
        return columns.mapFieldSet(new DefaultFieldSet(row.values().toArray(String[]::new),
                row.keySet().toArray(String[]::new)));
    }

    private static Map<String, String> flat(JsonNode event) {
        Map<String, String> row = new LinkedHashMap<>();
        event.properties().forEach(property -> row.put(property.getKey(), text(property.getValue())));
        return row;
    }

    private static Map<String, String> fromNgec(JsonNode event) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("Event ID", text(event.get("id")));
        row.put("Event Date", text(event.has("date_resolved") ? event.get("date_resolved") : event.get("date")));
        row.put("Event Type", text(event.get("event_type")));
        row.put("Event Mode", text(event.get("event_mode")));
        row.put("Intensity", text(event.has("event_intensity") ? event.get("event_intensity") : event.get("intensity")));
        row.put("Quad Code", text(event.get("quad_code")));
        row.put("Contexts", text(event.get("contexts")));
        party(row, "Actor", event.path("attributes").path("ACTOR"));
        party(row, "Recipient", event.path("attributes").path("RECIP"));
        JsonNode geo = event.path("event_geolocation").path("geo");
        row.put("Placename", text(geo.get("resolved_placename")));
        row.put("Country", text(geo.get("country_code3")));
        row.put("Latitude", text(geo.get("lat")));
        row.put("Longitude", text(geo.get("lon")));
        row.put("Source", text(event.get("publisher")));
        row.put("Publication Date", text(event.get("pub_date")));
        row.put("Language", text(event.get("language")));
        return row;
    }

    /** The first of the side's resolved attributes: the Wikipedia title NGEC matched, else the words it found. */
    private static void party(Map<String, String> row, String side, JsonNode found) {
        JsonNode first = found.isArray() && !found.isEmpty() ? found.get(0) : null;
        String raw = first == null ? null : text(first.get("text"));
        String resolved = first == null ? null : text(first.get("wiki"));
        row.put(side + " Name", resolved != null ? resolved : raw);
        row.put(side + " Name Raw", raw);
        row.put(side + " Country", first == null ? null : text(first.get("country")));
        String primary = first == null ? null : text(first.get("code_1"));
        String secondary = first == null ? null : text(first.get("code_2"));
        row.put("Primary " + side + " Sector", primary);
        List<String> sectors = new ArrayList<>();
        for (String sector : new String[] {primary, secondary}) {
            if (sector != null) {
                sectors.add(sector);
            }
        }
        row.put(side + " Sectors", String.join(",", sectors));
        row.put(side + " Title", null);
        row.put("Wikipedia " + side + " ID", first == null ? null
                : text(first.has("wiki_id") ? first.get("wiki_id") : first.get("qid")));
    }

    /** A value as the tab-separated files would write it: a list joined by commas, null for none. */
    private static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> {
                String each = text(item);
                if (each != null && !each.isBlank()) {
                    items.add(each);
                }
            });
            return items.isEmpty() ? null : String.join(",", items);
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }
}
