package org.conditionatlas.catalog;

/**
 * Everything stored about one code, read in one transaction: the code, its place in the hierarchy
 * and its published article (or null). Detached, so it can be used after the transaction.
 */
record ConditionSnapshot(
        IcdCode code,
        ConditionView.Ref category,
        ConditionView.Ref block,
        ConditionView.Ref chapter,
        Article article) {}
