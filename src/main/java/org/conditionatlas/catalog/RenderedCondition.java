package org.conditionatlas.catalog;

import org.conditionatlas.system.RenderedJson;

/** A reader-tier's view of a condition, with its JSON rendered once. */
public record RenderedCondition(ConditionView view, RenderedJson json) {}
