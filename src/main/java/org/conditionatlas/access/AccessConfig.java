package org.conditionatlas.access;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How locked content is previewed and where readers go to unlock it. */
@ConfigMapping(prefix = "atlas.access")
public interface AccessConfig {

    /** The longest preview of a locked section, in characters, before the ellipsis. */
    @WithDefault("300")
    int previewLength();

    /** The site's public base URL, used to build the sign-up, log-in and upgrade links. */
    @WithDefault("http://localhost:8080")
    String siteUrl();
}
