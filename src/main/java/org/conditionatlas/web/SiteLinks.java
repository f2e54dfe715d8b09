package org.conditionatlas.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.conditionatlas.access.AccessConfig;

/**
 * The site's public base URL (atlas.access.site-url), for canonical URLs, structured data and the
 * sitemap; and the way back from the absolute links the access policy builds to paths of this site,
 * so that pages link within whatever host and port serve them.
 */
@ApplicationScoped
class SiteLinks {

    private final String base;

    SiteLinks(AccessConfig config) {
        this.base = config.siteUrl().replaceAll("/+$", "");
    }

    /** The absolute public URL of a site path. */
    String absolute(String path) {
        return base + path;
    }

    /** A link the policy made absolute, as a path of this site; other links unchanged. */
    String local(String url) {
        if (url != null && url.startsWith(base + "/")) {
            return url.substring(base.length());
        }
        return url;
    }
}
