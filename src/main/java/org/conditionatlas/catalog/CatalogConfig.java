package org.conditionatlas.catalog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The catalogue's settings. */
@ConfigMapping(prefix = "atlas.catalog")
public interface CatalogConfig {

    /** The notice sent with every condition: the article is information, not medical advice. */
    @WithDefault("This article is general information, not medical advice. It does not replace the"
            + " advice of a doctor or other qualified health professional who knows your"
            + " situation. If you think you may have a medical emergency, call your local"
            + " emergency number.")
    String disclaimer();

    /** How long clients and shared caches may keep a public condition or list, in seconds. */
    @WithDefault("300")
    int publicMaxAge();

    /** Load the content bundle at start (idempotent: unchanged content is left as it is). */
    @WithDefault("true")
    boolean loadOnStart();

    /**
     * A directory holding a content bundle to load instead of the one shipped in the jar (same
     * layout as {@code seeds/}).
     */
    Optional<Path> contentDir();

    /**
     * Official ICD-10-CM order files (icd10cm_order_YYYY.txt) to import at start, after the
     * bundle's own code set; a file is imported again only when its content changes.
     */
    Optional<List<Path>> codeSetFiles();
}
