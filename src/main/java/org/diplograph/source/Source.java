package org.diplograph.source;

import java.util.LinkedHashMap;
import java.util.Map;

import org.diplograph.date.ReportedDate;
import org.diplograph.fact.Fact;
import org.diplograph.fact.FactType;
import org.diplograph.fact.Provenance;
import org.diplograph.graphql.node.GlobalId;
import org.diplograph.graphql.node.NodeType;

/** A text facts are drawn from, kept verbatim. */
public record Source(long key, String slug, String headline, HeadlineOrigin headlineOrigin, String outlet,
                     String photoCredit, String dateline, String url, String language, ReportedDate published,
                     String text, Provenance provenance) implements Fact {

    @Override
    public String id() {
        return GlobalId.encode(NodeType.SOURCE, key);
    }

    @Override
    public FactType factType() {
        return FactType.SOURCE;
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("id", id());
        snapshot.put("slug", slug);
        snapshot.put("headline", headline);
        snapshot.put("headlineOrigin", headlineOrigin.name());
        snapshot.put("outlet", outlet);
        snapshot.put("photoCredit", photoCredit);
        snapshot.put("dateline", dateline);
        snapshot.put("url", url);
        snapshot.put("language", language);
        snapshot.put("published", published.snapshot());
        snapshot.put("textLength", text.length());
        return snapshot;
    }
}
