package org.conditionatlas.catalog.content;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conditionatlas.access.Tier;
import org.conditionatlas.catalog.Article;
import org.conditionatlas.catalog.ArticleDraft;
import org.conditionatlas.catalog.Aspect;
import org.conditionatlas.catalog.ConditionCode;
import org.conditionatlas.catalog.ConditionView;

/**
 * Reads one article file: YAML front matter between {@code ---} lines, then sections, each opened
 * by a level-2 heading with its aspect and optional tier: {@code ## Treatment {#treatment
 * tier=member}}.
 */
final class ArticleFileParser {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final Pattern SECTION_HEADING =
            Pattern.compile("^## +(.+?) *\\{#([a-z-]+)(?: +tier=([a-z]+))? *\\} *$");

    record FrontMatter(
            @JsonProperty(required = true) String code,
            @JsonProperty(required = true) String title,
            Boolean sample,
            IllustrationYaml illustration,
            String reviewedAt,
            String nextReviewAt,
            List<Article.Source> sources) {}

    record IllustrationYaml(
            @JsonProperty(required = true) String url,
            @JsonProperty(required = true) String alt) {}

    private ArticleFileParser() {}

    static ArticleDraft parse(String fileName, List<String> lines) {
        int firstLine = 0;
        while (firstLine < lines.size() && lines.get(firstLine).isBlank()) {
            firstLine++;
        }
        final int start = firstLine;
        if (start >= lines.size() || !lines.get(start).strip().equals("---")) {
            throw new ContentLoadException(
                    fileName, start + 1, "an article starts with front matter between '---' lines");
        }
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).strip().equals("---")) {
            end++;
        }
        if (end >= lines.size()) {
            throw new ContentLoadException(fileName, start + 1, "the front matter is not closed by a '---' line");
        }
        FrontMatter front = frontMatter(fileName, lines.subList(start + 1, end), start + 2);
        ConditionCode code = ConditionCode.parse(front.code())
                .filter(c -> c.value().equals(front.code()))
                .orElseThrow(() -> new ContentLoadException(
                        fileName,
                        start + 2,
                        "'" + front.code() + "' is not a canonical ICD-10-CM code (upper case, with the dot)"));
        String expectedName = code.value() + ".md";
        if (!fileName.endsWith("/" + expectedName) && !fileName.equals(expectedName)) {
            throw new ContentLoadException(
                    fileName, start + 2, "the article for " + code + " belongs in a file named " + expectedName);
        }
        if (front.title().isBlank()) {
            throw new ContentLoadException(fileName, start + 2, "the title is empty");
        }
        List<ArticleDraft.SectionDraft> sections = sections(fileName, lines, end + 1);
        ConditionView.Illustration illustration =
                front.illustration() == null ? null : illustration(fileName, start + 2, front.illustration());
        return new ArticleDraft(
                code,
                front.title().strip(),
                illustration,
                instant(fileName, start + 2, "reviewedAt", front.reviewedAt()),
                instant(fileName, start + 2, "nextReviewAt", front.nextReviewAt()),
                front.sources() == null ? List.of() : List.copyOf(front.sources()),
                Boolean.TRUE.equals(front.sample()),
                sections);
    }

    private static FrontMatter frontMatter(String fileName, List<String> yamlLines, int firstLine) {
        try {
            FrontMatter front = YAML.readValue(String.join("\n", yamlLines), FrontMatter.class);
            if (front == null) {
                throw new ContentLoadException(fileName, firstLine, "the front matter is empty");
            }
            return front;
        } catch (JsonProcessingException e) {
            throw new ContentLoadException(
                    fileName, errorLine(e, yamlLines, firstLine), "front matter: " + e.getOriginalMessage());
        }
    }

    /**
     * The line of the key a mapping error is about; Jackson's own location is past the end of the
     * document for records, which it reads whole before mapping.
     */
    private static int errorLine(JsonProcessingException e, List<String> yamlLines, int firstLine) {
        if (e instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            String key = mismatch.getPath().get(0).getFieldName();
            for (int i = 0; key != null && i < yamlLines.size(); i++) {
                if (yamlLines.get(i).matches(Pattern.quote(key) + " *:.*")) {
                    return firstLine + i;
                }
            }
        }
        JsonLocation where = e.getLocation();
        return where == null ? firstLine : firstLine + Math.max(0, where.getLineNr() - 1);
    }

    private static List<ArticleDraft.SectionDraft> sections(String fileName, List<String> lines, int from) {
        List<ArticleDraft.SectionDraft> sections = new ArrayList<>();
        Set<Aspect> aspects = new HashSet<>();
        Matcher open = null;
        int openLine = 0;
        StringBuilder body = new StringBuilder();
        for (int i = from; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : null;
            boolean heading = line != null && line.startsWith("## ");
            if (line == null || heading) {
                if (open != null) {
                    sections.add(
                            section(fileName, openLine, open, body.toString().strip(), aspects));
                }
                if (line == null) {
                    break;
                }
                open = SECTION_HEADING.matcher(line);
                openLine = i + 1;
                if (!open.matches()) {
                    throw new ContentLoadException(
                            fileName,
                            openLine,
                            "a section heading reads '## Heading {#aspect}' or '## Heading {#aspect"
                                    + " tier=member}'");
                }
                body.setLength(0);
            } else if (line.startsWith("# ")) {
                throw new ContentLoadException(
                        fileName,
                        i + 1,
                        "use '##' for sections and '###' inside them; the title comes from the front matter");
            } else if (open == null) {
                if (!line.isBlank()) {
                    throw new ContentLoadException(fileName, i + 1, "text before the first section heading");
                }
            } else {
                body.append(line).append('\n');
            }
        }
        if (sections.isEmpty()) {
            throw new ContentLoadException(fileName, from + 1, "an article needs at least one section");
        }
        return sections;
    }

    private static ArticleDraft.SectionDraft section(
            String fileName, int line, Matcher heading, String body, Set<Aspect> seen) {
        Aspect aspect = Aspect.parse(heading.group(2))
                .orElseThrow(() -> new ContentLoadException(
                        fileName, line, "unknown aspect '" + heading.group(2) + "'; known: " + Aspect.known()));
        if (!seen.add(aspect)) {
            throw new ContentLoadException(fileName, line, "a second section for the aspect '" + aspect.id() + "'");
        }
        Tier tier = heading.group(3) == null
                ? aspect.defaultTier()
                : Tier.parse(heading.group(3))
                        .orElseThrow(() -> new ContentLoadException(
                                fileName,
                                line,
                                "unknown tier '" + heading.group(3) + "'; known: anonymous, member, subscriber"));
        if (body.isEmpty()) {
            throw new ContentLoadException(fileName, line, "the section '" + aspect.id() + "' has no text");
        }
        return new ArticleDraft.SectionDraft(aspect, heading.group(1).strip(), tier, body);
    }

    private static ConditionView.Illustration illustration(String fileName, int line, IllustrationYaml yaml) {
        if (!yaml.url().startsWith("/") && !yaml.url().startsWith("https://")) {
            throw new ContentLoadException(
                    fileName, line, "an illustration url is a site path (/media/...) or an https URL");
        }
        if (yaml.alt().isBlank()) {
            throw new ContentLoadException(fileName, line, "an illustration needs alt text");
        }
        return new ConditionView.Illustration(yaml.url(), yaml.alt().strip());
    }

    private static Instant instant(String fileName, int line, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ContentLoadException(
                    fileName, line, field + " must be a date (2026-11-01) or an ISO-8601 UTC time");
        }
    }
}
