package org.conditionatlas.catalog.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Content bundles made by tests: the shipped hierarchy plus the articles a test writes. */
public final class TestBundles {

    private TestBundles() {}

    /** A bundle with the shipped chapters, blocks and codes, and the given article files. */
    public static ContentBundle withArticles(Map<String, String> articlesByCode) {
        try {
            Path root = Files.createTempDirectory("atlas-bundle");
            Files.createDirectories(root.resolve("icd10cm"));
            Files.createDirectories(root.resolve("conditions"));
            for (String file : new String[] {"chapters.tsv", "blocks.tsv", "codes.txt"}) {
                Files.copy(
                        Path.of("seeds/icd10cm", file), root.resolve("icd10cm").resolve(file));
            }
            for (Map.Entry<String, String> article : articlesByCode.entrySet()) {
                Files.writeString(root.resolve("conditions").resolve(article.getKey() + ".md"), article.getValue());
            }
            return ContentBundle.directory(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A short article with an overview and a treatment section. */
    public static String article(String code, String title, String overview, String treatment) {
        return """
                ---
                code: %s
                title: %s
                ---

                ## Overview {#overview}

                %s

                ## Treatment {#treatment}

                %s
                """.formatted(code, title, overview, treatment);
    }
}
