package org.conditionatlas.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.conditionatlas.access.Tier;
import org.conditionatlas.catalog.ConditionView;

/**
 * A condition page's JSON-LD: a schema.org MedicalWebPage about a MedicalCondition with its
 * ICD-10-CM MedicalCode, and Google's paywalled-content markup when some sections are gated. Built
 * only from the anonymous reader's view, so it holds no gated text.
 */
@ApplicationScoped
class StructuredData {

    /** The class that marks gated sections on the page; hasPart's cssSelector names it. */
    static final String GATED_CLASS = "paywalled";

    private final ObjectMapper mapper;

    StructuredData(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String of(ConditionView anonymous, String canonicalUrl, String description, String imageUrl) {
        Map<String, Object> code = new LinkedHashMap<>();
        code.put("@type", "MedicalCode");
        code.put("codeValue", anonymous.code());
        code.put("codingSystem", "ICD-10-CM");

        Map<String, Object> condition = new LinkedHashMap<>();
        condition.put("@type", "MedicalCondition");
        condition.put("@id", canonicalUrl + "#condition");
        condition.put("name", anonymous.title());
        condition.put("code", code);

        Map<String, Object> page = new LinkedHashMap<>();
        page.put("@context", "https://schema.org");
        page.put("@type", "MedicalWebPage");
        page.put("@id", canonicalUrl);
        page.put("url", canonicalUrl);
        page.put("name", anonymous.title());
        page.put("headline", anonymous.title());
        page.put("description", description);
        page.put("inLanguage", "en");
        if (imageUrl != null) {
            page.put("image", imageUrl);
        }
        if (anonymous.reviewedAt() != null) {
            page.put(
                    "lastReviewed",
                    anonymous
                            .reviewedAt()
                            .atOffset(ZoneOffset.UTC)
                            .toLocalDate()
                            .toString());
        }
        if (anonymous.updatedAt() != null) {
            page.put("dateModified", anonymous.updatedAt().toString());
        }
        page.put("about", condition);
        page.put("mainEntity", Map.of("@id", canonicalUrl + "#condition"));
        boolean gated = anonymous.sections().stream().anyMatch(s -> s.requiredTier() != Tier.ANONYMOUS);
        if (gated) {
            page.put("isAccessibleForFree", false);
            page.put(
                    "hasPart",
                    Map.of("@type", "WebPageElement", "isAccessibleForFree", false, "cssSelector", "." + GATED_CLASS));
        }
        return scriptSafe(json(page));
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write structured data", e);
        }
    }

    /**
     * JSON that cannot close its script element or open markup: {@code <}, {@code >} and {@code &}
     * only occur inside JSON strings, where their \\u escapes mean the same.
     */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
