package org.conditionatlas.catalog.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A content bundle on disk or in the jar: {@code icd10cm/chapters.tsv}, {@code icd10cm/blocks.tsv},
 * {@code icd10cm/codes.txt} (an order file) and {@code conditions/*.md}.
 */
public record ContentBundle(Path root, String label) {

    static final String CHAPTERS = "icd10cm/chapters.tsv";
    static final String BLOCKS = "icd10cm/blocks.tsv";
    static final String CODES = "icd10cm/codes.txt";
    static final String CONDITIONS = "conditions";

    /** The bundle shipped in the application's own jar (the project's {@code seeds/} folder). */
    public static ContentBundle shipped() {
        URL anchor = ContentBundle.class.getClassLoader().getResource("seeds/" + CHAPTERS);
        if (anchor == null) {
            throw new IllegalStateException("the content bundle is missing from the application");
        }
        try {
            URI uri = anchor.toURI();
            Path chapters = "jar".equals(uri.getScheme()) ? jarPath(uri) : Path.of(uri);
            return new ContentBundle(chapters.getParent().getParent(), "seeds");
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the content bundle at " + anchor, e);
        }
    }

    public static ContentBundle directory(Path root) {
        return new ContentBundle(root, root.toString());
    }

    private static Path jarPath(URI uri) {
        try {
            return FileSystems.newFileSystem(uri, Map.of()).provider().getPath(uri);
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri).provider().getPath(uri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> lines(String relative) {
        return read(root.resolve(relative), relative);
    }

    boolean has(String relative) {
        return Files.isRegularFile(root.resolve(relative));
    }

    /** The article files, in name order, as (name relative to the bundle, lines). */
    List<Map.Entry<String, List<String>>> articles() {
        Path dir = root.resolve(CONDITIONS);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .map(p -> {
                        String name = CONDITIONS + "/" + p.getFileName();
                        return Map.entry(name, read(p, name));
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> read(Path file, String name) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new ContentLoadException(name, 0, "the file is not valid UTF-8");
        } catch (IOException e) {
            throw new ContentLoadException(name, 0, "cannot read the file: " + e.getMessage());
        }
    }
}
