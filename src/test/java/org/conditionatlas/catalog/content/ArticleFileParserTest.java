package org.conditionatlas.catalog.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.conditionatlas.access.Tier;
import org.conditionatlas.catalog.ArticleDraft;
import org.conditionatlas.catalog.Aspect;
import org.junit.jupiter.api.Test;

class ArticleFileParserTest {

    private static final String FILE = "conditions/M61.21.md";

    private static List<String> lines(String text) {
        return text.lines().toList();
    }

    private static final String VALID = """
            ---
            code: M61.21
            title: Paralytic calcification and ossification of muscle, shoulder
            sample: true
            reviewedAt: 2026-10-01
            sources:
              - title: A source
                url: https://example.org/a
            ---

            ## What it is {#overview}

            Bone forms in a muscle of the shoulder.

            ### More

            Details.

            ## How it is treated {#treatment}

            Physiotherapy.

            ## For clinicians {#clinical-management tier=subscriber}

            Doses.
            """;

    @Test
    void readsFrontMatterAndSectionsWithTheirTiers() {
        ArticleDraft draft = ArticleFileParser.parse(FILE, lines(VALID));
        assertEquals("M61.21", draft.code().value());
        assertEquals("Paralytic calcification and ossification of muscle, shoulder", draft.title());
        assertTrue(draft.sample());
        assertEquals(Instant.parse("2026-10-01T00:00:00Z"), draft.reviewedAt());
        assertNull(draft.nextReviewAt());
        assertNull(draft.illustration());
        assertEquals("https://example.org/a", draft.sources().get(0).url());
        assertEquals(3, draft.sections().size());
        ArticleDraft.SectionDraft overview = draft.sections().get(0);
        assertEquals(Aspect.OVERVIEW, overview.aspect());
        assertEquals("What it is", overview.heading());
        assertEquals(Tier.ANONYMOUS, overview.requiredTier());
        assertEquals("Bone forms in a muscle of the shoulder.\n\n### More\n\nDetails.", overview.body());
        assertEquals(Tier.MEMBER, draft.sections().get(1).requiredTier(), "treatment default");
        assertEquals(Tier.SUBSCRIBER, draft.sections().get(2).requiredTier());
    }

    @Test
    void anUnknownAspectIsReportedWithItsLine() {
        String text = VALID.replace("{#treatment}", "{#cure}");
        ContentLoadException e =
                assertThrows(ContentLoadException.class, () -> ArticleFileParser.parse(FILE, lines(text)));
        assertEquals(FILE, e.file());
        assertEquals(19, e.line());
        assertTrue(e.getMessage().startsWith(FILE + ":19: unknown aspect 'cure'"), e.getMessage());
    }

    @Test
    void eachMistakeNamesItsLine() {
        assertLine(VALID.replace("{#treatment}", "{#overview}"), 19, "a second section");
        assertLine(VALID.replace("tier=subscriber", "tier=gold"), 23, "unknown tier 'gold'");
        assertLine(
                VALID.replace("## How it is treated {#treatment}", "## How it is treated"),
                19,
                "a section heading reads");
        assertLine(VALID.replace("\nPhysiotherapy.\n", "\n"), 19, "has no text");
        assertLine(VALID.replace("---\n\n## What", "---\nStray text\n## What"), 10, "text before the first section");
        assertLine(VALID.replace("sample: true", "sample: [unclosed"), 4, "front matter");
        assertLine(VALID.replace("sample: true", "colour: blue"), 4, "front matter");
        assertLine(VALID.replace("code: M61.21", "code: m61.21"), 2, "not a canonical");
        assertLine(VALID.replace("code: M61.21", "code: M61.22"), 2, "belongs in a file named M61.22.md");
        assertLine(VALID.replace("reviewedAt: 2026-10-01", "reviewedAt: last week"), 2, "reviewedAt");
        assertLine(VALID.replaceFirst("---\n", ""), 1, "front matter");
    }

    private static void assertLine(String text, int line, String problem) {
        ContentLoadException e =
                assertThrows(ContentLoadException.class, () -> ArticleFileParser.parse(FILE, lines(text)));
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }
}
