package org.diplograph.action;

import org.diplograph.graphql.GlobalId;
import org.diplograph.graphql.Identified;
import org.diplograph.graphql.NodeType;
import org.diplograph.source.ReportedDate;

/**
 * An event a source reports, coded in CAMEO (and PLOVER where one fits). The Goldstein value and quad class come from
 * the event code.
 *
 * @param negated       the source reports a decision not to act
 * @param plover        PLOVER coding, or null
 * @param reportedInKey the statement that performs or reports it, or null
 */
public record Action(long key, long sourceKey, String eventCodeKey, QuadClass quadClass, double goldstein,
                     boolean negated, PloverCoding plover, String summary, String details, String place,
                     String placeCountryCode, ReportedDate occurred, Long reportedInKey) implements Identified {

    @Override
    public String id() {
        return GlobalId.encode(NodeType.ACTION, key);
    }

    /** Contribution to a cooperation–conflict score: a decision not to act moves nothing. */
    public double intensity() {
        return negated ? 0.0 : goldstein;
    }
}
