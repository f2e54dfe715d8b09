package org.conditionatlas.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.conditionatlas.system.HttpCaching;

/**
 * What search engines read besides the pages: robots.txt and a sitemap of every condition with a
 * published article. URLs and dates only, so it shows no gated text.
 */
@Path("/")
@PermitAll
public class CrawlerResource {

    /** The most URLs one sitemap file may list. */
    static final int SITEMAP_LIMIT = 50_000;

    private static final int MAX_AGE = 3600;

    private final PublishedArticles articles;
    private final SiteLinks links;

    CrawlerResource(PublishedArticles articles, SiteLinks links) {
        this.articles = articles;
        this.links = links;
    }

    @GET
    @Path("robots.txt")
    @Produces(MediaType.TEXT_PLAIN)
    public Response robots() {
        String body = String.join(
                "\n",
                "User-agent: *",
                "Allow: /",
                "Disallow: /account",
                "Disallow: /login",
                "Disallow: /logout",
                "Disallow: /signup",
                "Disallow: /search",
                "Disallow: /api/",
                "Disallow: /q/",
                "",
                "Sitemap: " + links.absolute("/sitemap.xml"),
                "");
        return Response.ok(body, MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CACHE_CONTROL, HttpCaching.shared(MAX_AGE))
                .build();
    }

    @GET
    @Path("sitemap.xml")
    @Produces(MediaType.APPLICATION_XML)
    public Response sitemap() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        url(xml, links.absolute("/"), null);
        for (PublishedArticles.Entry article : articles.list(SITEMAP_LIMIT - 1)) {
            url(xml, links.absolute(ConditionPageResource.path(article.code())), article.updatedAt());
        }
        xml.append("</urlset>\n");
        return Response.ok(xml.toString(), MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CACHE_CONTROL, HttpCaching.shared(MAX_AGE))
                .build();
    }

    private static void url(StringBuilder xml, String loc, Instant lastModified) {
        xml.append("  <url><loc>").append(escape(loc)).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(lastModified).append("</lastmod>");
        }
        xml.append("</url>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
