package org.conditionatlas.auth;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged jar. */
@QuarkusIntegrationTest
class SignInIT extends SignInTest {}
