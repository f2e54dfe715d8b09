package org.conditionatlas.system;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged jar. */
@QuarkusIntegrationTest
class ProblemResponsesIT extends ProblemResponsesTest {}
