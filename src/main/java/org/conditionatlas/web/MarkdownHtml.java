package org.conditionatlas.web;

import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A section's Markdown as HTML for a page. Content is not trusted to add markup: raw HTML is
 * escaped, unsafe link schemes (javascript:, data: ...) are dropped, links leave with rel=nofollow,
 * and headings inside a section start below the section's own heading (h3), so the outline stays
 * whole.
 */
final class MarkdownHtml {

    /** A section's heading is an h2; headings in its body start one level below. */
    private static final int FIRST_BODY_HEADING = 3;

    /** Web and mail links, and links within the site; nothing else (data:, javascript:, ...). */
    private static final Pattern SAFE_LINK =
            Pattern.compile("^(https?://|mailto:|/(?![/\\\\])|#)", Pattern.CASE_INSENSITIVE);

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (node instanceof Link) {
                    String href = attributes.get("href");
                    if (href != null && !SAFE_LINK.matcher(href).find()) {
                        attributes.remove("href");
                    }
                    attributes.put("rel", "nofollow noopener noreferrer");
                }
            })
            .build();

    private MarkdownHtml() {}

    static String render(String markdown) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.max(FIRST_BODY_HEADING, heading.getLevel()));
                visitChildren(heading);
            }
        });
        return RENDERER.render(document);
    }
}
