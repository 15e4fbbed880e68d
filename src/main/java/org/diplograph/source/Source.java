package org.diplograph.source;

import org.diplograph.graphql.GlobalId;
import org.diplograph.graphql.Identified;
import org.diplograph.graphql.NodeType;

/** A text facts are drawn from, kept verbatim. */
public record Source(long key, String slug, String headline, HeadlineOrigin headlineOrigin, String outlet,
                     String photoCredit, String dateline, String url, String language, ReportedDate published,
                     String text) implements Identified {

    @Override
    public String id() {
        return GlobalId.encode(NodeType.SOURCE, key);
    }
}
