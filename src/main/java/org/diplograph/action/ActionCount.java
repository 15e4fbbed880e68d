package org.diplograph.action;

import org.diplograph.action.code.QuadClass;

/**
 * How many actions fall in one group.
 *
 * @param eventCodeKey the code of the group (CODE, ROOT_CODE), or null (QUAD_CLASS)
 */
public record ActionCount(String eventCodeKey, QuadClass quadClass, int count, double totalIntensity) {
}
