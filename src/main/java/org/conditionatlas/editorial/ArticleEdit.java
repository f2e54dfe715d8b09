package org.conditionatlas.editorial;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** A condition's article as an editor sends it: the reader's field names, nothing else. */
public record ArticleEdit(
        @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters")
        String title,

        @NotNull(message = "is required") @Size(min = 1, max = 30, message = "must hold 1 to 30 sections")
        List<@Valid @NotNull(message = "must not be null") SectionEdit> sections,

        @Valid Illustration illustration,
        Instant reviewedAt,
        Instant nextReviewAt,

        @Size(max = 50, message = "must hold at most 50 sources")
        List<@Valid @NotNull(message = "must not be null") Source> sources) {

    /** One section. */
    public record SectionEdit(
            @NotBlank(message = "is required") String aspect,

            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
            String heading,

            @NotBlank(message = "is required") String requiredTier,

            @NotBlank(message = "is required") @Size(max = 50_000, message = "must be at most 50000 characters")
            String body) {}

    /** The illustration: a site path or an https URL, and its alt text. */
    public record Illustration(
            @NotBlank(message = "is required")
            @Size(max = 2000, message = "must be at most 2000 characters")
            @Pattern(regexp = "(/[^/\\\\].*|https://.+)", message = "must be a site path or an https URL")
            String url,

            @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters")
            String alt) {}

    /** A reference. */
    public record Source(
            @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters")
            String title,

            @NotBlank(message = "is required")
            @Size(max = 2000, message = "must be at most 2000 characters")
            @Pattern(regexp = "https?://.+", message = "must be an http(s) URL")
            String url) {}
}
