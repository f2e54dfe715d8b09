package org.conditionatlas.catalog;

import java.util.List;

/** A page of the condition list, with the cursor of the next page (null on the last). */
public record ConditionPage(List<Item> items, String nextCursor) {

    /** A condition in a list: enough to show a result and link to it. */
    public record Item(String code, String title, ConditionView.Ref category, boolean hasArticle, String excerpt) {}
}
