package org.conditionatlas.web;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged jar. */
@QuarkusIntegrationTest
class ConditionPageIT extends ConditionPageTest {}
