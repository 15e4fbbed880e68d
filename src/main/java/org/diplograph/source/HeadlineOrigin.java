package org.diplograph.source;

/** Whose headline a source carries. */
public enum HeadlineOrigin {
    ARTICLE, EDITORIAL
}
