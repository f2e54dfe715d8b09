package org.conditionatlas.catalog;

import java.util.UUID;

/** Who makes a change to the content: an editor's account, or the content bundle. */
public record Editor(UUID accountId, String label) {

    public static final Editor CONTENT_BUNDLE = new Editor(null, "content bundle");
}
