package org.conditionatlas.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.conditionatlas.access.CurrentReader;
import org.conditionatlas.access.Reader;
import org.conditionatlas.access.Tier;
import org.conditionatlas.system.HttpCaching;
import org.conditionatlas.system.ProblemException;
import org.conditionatlas.system.ProblemType;
import org.conditionatlas.system.QueryParams;
import org.conditionatlas.system.RenderedJson;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public catalogue: one condition per ICD-10-CM code, and the searchable list. */
@Path("/api/v1/conditions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Conditions")
public class ConditionResource {

    private final ConditionService conditions;
    private final ConditionListService list;
    private final com.fasterxml.jackson.databind.ObjectMapper mapper;
    private final CatalogConfig config;
    private final CurrentReader currentReader;
    private final ConditionSearchCache searches;
    private final ContentGeneration generation;

    ConditionResource(
            ConditionService conditions,
            ConditionListService list,
            com.fasterxml.jackson.databind.ObjectMapper mapper,
            CatalogConfig config,
            CurrentReader currentReader,
            ConditionSearchCache searches,
            ContentGeneration generation) {
        this.conditions = conditions;
        this.list = list;
        this.mapper = mapper;
        this.config = config;
        this.currentReader = currentReader;
        this.searches = searches;
        this.generation = generation;
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(
            summary = "A condition with its article",
            description = "Sections the reader's tier allows carry their Markdown body; locked"
                    + " sections carry only a preview and how to unlock them. The code is"
                    + " accepted in any case, with or without its dot.")
    @APIResponse(
            responseCode = "200",
            description = "The condition",
            content = @Content(schema = @Schema(implementation = ConditionView.class)),
            headers = {@Header(name = "ETag"), @Header(name = "Cache-Control")})
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "Malformed code")
    @APIResponse(responseCode = "404", description = "Unknown code; 'closest' names the nearest known ancestor")
    public Response get(
            @Parameter(description = "ICD-10-CM code, e.g. M61.28 or m6128") @PathParam("code") String code,
            @Context Request request) {
        Reader reader = currentReader.reader();
        RenderedCondition rendered = conditions.view(ConditionService.parseCode(code), reader.tier());
        return HttpCaching.conditional(request, rendered.json(), cacheControl(reader, rendered.view()));
    }

    @GET
    @Path("/{code}/sections/{aspect}")
    @PermitAll
    @Operation(
            summary = "One section in full",
            description = "For a reader at or above the section's tier. Public sections need no token;"
                    + " gated ones answer 401 without one (with sign-up and log-in links) and"
                    + " 403 below the tier (naming the tier and the upgrade link).")
    @APIResponse(
            responseCode = "200",
            description = "The section",
            content = @Content(schema = @Schema(implementation = SectionBody.class)))
    @APIResponse(responseCode = "401", description = "Gated section, no or an invalid token")
    @APIResponse(responseCode = "403", description = "The reader's tier is below the section's")
    @APIResponse(responseCode = "404", description = "Unknown code, or no section for that aspect")
    public Response section(@PathParam("code") String code, @PathParam("aspect") String aspect) {
        Reader reader = currentReader.reader();
        ConditionView view =
                conditions.view(ConditionService.parseCode(code), reader.tier()).view();
        ConditionView.SectionView section = view.sections().stream()
                .filter(s -> s.aspect().equals(aspect))
                .findFirst()
                .orElseThrow(() -> new ProblemException(
                        ProblemType.UNKNOWN_SECTION,
                        "The condition " + view.code() + " has no section '" + aspect + "'."));
        if (!section.granted()) {
            throw SectionGate.refusal(reader, view, section);
        }
        SectionBody body = new SectionBody(
                view.code(), section.aspect(), section.heading(), section.requiredTier(), section.body());
        String cache = section.requiredTier() == Tier.ANONYMOUS && !reader.isSignedIn()
                ? HttpCaching.shared(config.publicMaxAge())
                : HttpCaching.GATED;
        return Response.ok(body)
                .header(HttpHeaders.CACHE_CONTROL, cache)
                .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION)
                .build();
    }

    @GET
    @Path("/{code}/treatment")
    @PermitAll
    @Operation(
            summary = "The treatment section in full",
            description = "The seed page's gate: the same as /sections/treatment.")
    @APIResponse(
            responseCode = "200",
            description = "The treatment",
            content = @Content(schema = @Schema(implementation = SectionBody.class)))
    @APIResponse(responseCode = "401", description = "No or an invalid token")
    @APIResponse(responseCode = "403", description = "The reader's tier is below the section's")
    public Response treatment(@PathParam("code") String code) {
        return section(code, "treatment");
    }

    /**
     * Public for anonymous readers; private once a token is sent (the answer depends on who asks),
     * and not stored at all when it holds gated text.
     */
    private String cacheControl(Reader reader, ConditionView view) {
        if (!reader.isSignedIn()) {
            return HttpCaching.shared(config.publicMaxAge());
        }
        boolean gatedText = view.sections().stream().anyMatch(s -> s.granted() && s.requiredTier() != Tier.ANONYMOUS);
        return gatedText ? HttpCaching.GATED : HttpCaching.PERSONAL;
    }

    @GET
    @PermitAll
    @Operation(
            summary = "List and search conditions",
            description = "Without q: every code in code order. With q: codes starting with q, and"
                    + " conditions whose title or public text matches q (ranked, tolerant of"
                    + " small typos). 'category' keeps the codes below that code; 'chapter'"
                    + " keeps one ICD-10-CM chapter (1-22). Paging is by cursor: pass"
                    + " nextCursor back as cursor, with the same other parameters.")
    @APIResponse(
            responseCode = "200",
            description = "A page of conditions",
            content = @Content(schema = @Schema(implementation = ConditionPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid; 'errors' names it")
    public Response list(
            @QueryParam("q") String q,
            @QueryParam("chapter") String chapter,
            @QueryParam("category") String category,
            @Parameter(description = "true: only codes with an article; false: only codes without")
                    @QueryParam("hasArticle")
                    String hasArticle,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor,
            @Context Request request) {
        Boolean withArticle = QueryParams.optionalBoolean("hasArticle", hasArticle);
        int size = QueryParams.intInRange("limit", limit, 20, 1, 100);
        RenderedJson page = q == null || q.isBlank()
                ? RenderedJson.of(mapper, list.list(q, chapter, category, withArticle, size, cursor))
                : searches.page(
                        new ConditionSearchCache.Key(
                                q.strip().replaceAll("\\s+", " "), chapter, category, withArticle, size, cursor),
                        generation.current());
        return HttpCaching.conditional(request, page, HttpCaching.shared(Math.min(60, config.publicMaxAge())));
    }
}
