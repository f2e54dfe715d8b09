package org.conditionatlas.catalog.content;

/**
 * What a load changed; all zeros but {@code articlesUnchanged} when the content was loaded before.
 */
public record ContentLoadReport(int codesChanged, int articlesCreated, int articlesUpdated, int articlesUnchanged) {

    public boolean changedAnything() {
        return codesChanged + articlesCreated + articlesUpdated > 0;
    }
}
