package org.conditionatlas.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.conditionatlas.catalog.CatalogConfig;
import org.conditionatlas.catalog.ConditionListService;
import org.conditionatlas.catalog.ConditionPage;
import org.conditionatlas.system.ProblemException;
import org.conditionatlas.system.ProblemType;

/** The home page and browsing by ICD-10-CM chapter and block. */
@Path("/")
@Produces(Pages.HTML_UTF8)
@PermitAll
public class BrowsePageResource {

    /** How many articles of a chapter its page lists. */
    private static final int CHAPTER_ARTICLES = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(
                Frame frame, List<BrowseRepository.Entry> chapters, List<ConditionPage.Item> articles);

        static native TemplateInstance chapter(
                Frame frame,
                BrowseRepository.Entry chapter,
                List<BrowseRepository.Entry> blocks,
                List<ConditionPage.Item> articles);

        static native TemplateInstance block(
                Frame frame,
                BrowseRepository.BlockEntry block,
                BrowseRepository.Entry chapter,
                List<BrowseRepository.Entry> categories);
    }

    private final PageSessions sessions;
    private final BrowseRepository browse;
    private final ConditionListService list;
    private final CatalogConfig catalog;
    private final Pages pages;

    BrowsePageResource(
            PageSessions sessions,
            BrowseRepository browse,
            ConditionListService list,
            CatalogConfig catalog,
            Pages pages) {
        this.sessions = sessions;
        this.browse = browse;
        this.list = list;
        this.catalog = catalog;
        this.pages = pages;
    }

    @GET
    public Response home(@Context HttpHeaders headers, @Context UriInfo uri) {
        PageSession session = sessions.open(headers, uri);
        List<ConditionPage.Item> articles =
                list.list(null, null, null, true, CHAPTER_ARTICLES, null).items();
        return publicPage(Templates.home(Frame.of(session, "/"), browse.chapters(), articles), session);
    }

    @GET
    @Path("chapters/{chapter}")
    public Response chapter(@PathParam("chapter") String code, @Context HttpHeaders headers, @Context UriInfo uri) {
        PageSession session = sessions.open(headers, uri);
        String here = uri.getRequestUri().getRawPath();
        try {
            BrowseRepository.Entry chapter = browse.chapter(code).orElseThrow(() -> notFound("chapter " + code));
            List<ConditionPage.Item> articles = list.list(null, chapter.code(), null, true, CHAPTER_ARTICLES, null)
                    .items();
            return publicPage(
                    Templates.chapter(Frame.of(session, here), chapter, browse.blocks(chapter.code()), articles),
                    session);
        } catch (ProblemException e) {
            return pages.error(e, session, here);
        }
    }

    @GET
    @Path("blocks/{block}")
    public Response block(@PathParam("block") String code, @Context HttpHeaders headers, @Context UriInfo uri) {
        PageSession session = sessions.open(headers, uri);
        String here = uri.getRequestUri().getRawPath();
        try {
            BrowseRepository.BlockEntry block = browse.block(code).orElseThrow(() -> notFound("block " + code));
            BrowseRepository.Entry chapter = browse.chapter(block.chapter()).orElse(null);
            return publicPage(
                    Templates.block(Frame.of(session, here), block, chapter, browse.categories(block)), session);
        } catch (ProblemException e) {
            return pages.error(e, session, here);
        }
    }

    private Response publicPage(TemplateInstance page, PageSession session) {
        return pages.html(page, 200, session, false, catalog.publicMaxAge());
    }

    private static ProblemException notFound(String what) {
        String printable = what.length() > 40 ? what.substring(0, 40) + "..." : what;
        return new ProblemException(ProblemType.NOT_FOUND, "There is no ICD-10-CM " + printable + " in the catalogue.");
    }
}
