package org.conditionatlas.catalog.content;

import org.conditionatlas.catalog.ConditionCode;

/** One line of an ICD-10-CM order file. */
record CodeSetEntry(ConditionCode code, boolean billable, String shortTitle, String title) {}
