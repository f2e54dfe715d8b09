package org.conditionatlas.catalog.content;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.conditionatlas.catalog.CatalogConfig;

/** Loads the shipped (or configured) content at start, unless configured not to. */
@ApplicationScoped
class StartupContentLoader {

    void onStart(@Observes StartupEvent event, CatalogConfig config, ContentLoader loader) {
        if (!config.loadOnStart()) {
            return;
        }
        ContentBundle bundle = config.contentDir().map(ContentBundle::directory).orElseGet(ContentBundle::shipped);
        loader.load(bundle, config.codeSetFiles().orElse(List.of()));
    }
}
