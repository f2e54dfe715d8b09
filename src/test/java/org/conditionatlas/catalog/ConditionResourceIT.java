package org.conditionatlas.catalog;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged jar. */
@QuarkusIntegrationTest
class ConditionResourceIT extends ConditionResourceTest {}
