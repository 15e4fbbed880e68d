package org.diplograph.source;

import java.util.Map;

import org.diplograph.date.ReportedDate;
import org.diplograph.fact.Fact;
import org.diplograph.fact.FactType;
import org.diplograph.fact.Provenance;
import org.diplograph.fact.Snapshot;
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
        return Snapshot.of("id", id(), "slug", slug, "headline", headline, "headlineOrigin", headlineOrigin,
                "outlet", outlet, "photoCredit", photoCredit, "dateline", dateline, "url", url, "language", language,
                "published", published.snapshot(), "textLength", text.length());
    }
}
