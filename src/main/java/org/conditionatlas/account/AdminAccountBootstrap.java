package org.conditionatlas.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.conditionatlas.access.Tier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Creates the first admin from atlas.admin.email / atlas.admin.password when no admin exists. */
@ApplicationScoped
class AdminAccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminAccountBootstrap.class);

    void onStart(
            @Observes StartupEvent event,
            @ConfigProperty(name = "atlas.admin.email") Optional<String> email,
            @ConfigProperty(name = "atlas.admin.password") Optional<String> password,
            AccountRepository accounts,
            AccountService service) {
        if (email.isEmpty() || password.isEmpty()) {
            return;
        }
        if (QuarkusTransaction.requiringNew().call(() -> accounts.existsWithRole("admin"))) {
            return;
        }
        try {
            service.create(
                    new AccountRequests.SignUp(email.get(), password.get(), "Administrator"),
                    Tier.SUBSCRIBER,
                    "admin",
                    "editor");
            LOG.infof("Created the admin account %s", Emails.normalise(email.get()));
        } catch (org.conditionatlas.system.ProblemException e) {
            throw new IllegalStateException("atlas.admin.* cannot create the admin account: " + e.getMessage(), e);
        }
    }
}
