package org.conditionatlas.catalog;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens, on a connection of its own, for the content notifications of other instances, so that
 * an edit made on one instance is served at once by all. While the connection is down (and it is
 * re-opened), the caches' expire-after-write still bounds how stale a view can be.
 */
@ApplicationScoped
class ContentChangeListener {

    private static final Logger LOG = Logger.getLogger(ContentChangeListener.class);
    private static final int WAIT_MILLIS = 2_000;

    private final ContentGeneration generation;
    private final String url;
    private final Optional<String> username;
    private final Optional<String> password;
    private volatile boolean running = true;
    private Thread thread;

    ContentChangeListener(
            ContentGeneration generation,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.generation = generation;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    void start(@Observes StartupEvent event) {
        thread = new Thread(this::listen, "atlas-content-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection =
                            DriverManager.getConnection(url, username.orElse(null), password.orElse(null));
                    Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + ContentGeneration.CHANNEL);
                // Anything may have changed while no connection listened.
                generation.advance();
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
                    if (received == null) {
                        continue;
                    }
                    for (PGNotification notification : received) {
                        if (!generation.instance().equals(notification.getParameter())) {
                            generation.advance();
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("Listening for content changes failed (%s); retrying", e.getMessage());
                    pause();
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
