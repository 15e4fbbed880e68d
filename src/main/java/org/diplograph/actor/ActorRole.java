package org.diplograph.actor;

import org.diplograph.graphql.GlobalId;
import org.diplograph.graphql.Identified;
import org.diplograph.graphql.NodeType;
import org.diplograph.source.ReportedDate;

/** An office or position an actor holds or held. */
public record ActorRole(long key, long actorKey, String title, Long organizationKey, String countryCode,
                        String accreditedToCode, ReportedDate started, ReportedDate ended, long sentenceKey)
        implements Identified {

    @Override
    public String id() {
        return GlobalId.encode(NodeType.ACTOR_ROLE, key);
    }
}
