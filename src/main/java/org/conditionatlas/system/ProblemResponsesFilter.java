package org.conditionatlas.system;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents, once for every operation, what the one mapper guarantees: each 4xx and 5xx answer is
 * an RFC 9457 problem, and any operation may answer 500 with one. Resources then only name their
 * error statuses.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.components(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            Map<?, Operation> operations = item.getOperations();
            if (operations != null) {
                operations.values().forEach(ProblemResponsesFilter::document);
            }
        });
    }

    private static void document(Operation operation) {
        if (operation.getResponses() == null) {
            operation.responses(OASFactory.createAPIResponses());
        }
        if (!operation.getResponses().hasAPIResponse("500")) {
            operation
                    .getResponses()
                    .addAPIResponse(
                            "500",
                            OASFactory.createAPIResponse()
                                    .description("Unexpected failure: a problem with an incident id, no internals"));
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if ((status.startsWith("4") || status.startsWith("5")) && !hasProblemContent(response)) {
                response.content(OASFactory.createContent()
                        .addMediaType(
                                Problem.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(REF))));
            }
        });
    }

    private static boolean hasProblemContent(APIResponse response) {
        return response.getContent() != null
                && response.getContent().getMediaTypes() != null
                && response.getContent().getMediaTypes().containsKey(Problem.MEDIA_TYPE);
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem; extension members (such as 'closest') may follow.")
                .required(List.of("type", "title", "status"))
                .addProperty(
                        "type",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .description("A URI reference; GET it for the problem's meaning"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty("instance", text)
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .items(OASFactory.createSchema()
                                        .addType(Schema.SchemaType.OBJECT)
                                        .addProperty("field", text)
                                        .addProperty("message", text)));
    }
}
