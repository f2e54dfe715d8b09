package org.conditionatlas.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownHtmlTest {

    @Test
    void rawHtmlInContentIsShownAsTextNotRunAsMarkup() {
        String html = MarkdownHtml.render("Before <script>alert('x')</script> after.\n\n"
                + "<img src=x onerror=alert(1)>\n\n<iframe src=\"https://evil\">");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<iframe"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void unsafeLinkSchemesAreDroppedAndLinksAreNofollow() {
        String html = MarkdownHtml.render("[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=)"
                + " [source](https://doi.org/10.1002/jbm4.10172)");
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("data:text/html"), html);
        assertTrue(html.contains("href=\"https://doi.org/10.1002/jbm4.10172\""), html);
        assertTrue(html.contains("rel=\"nofollow noopener noreferrer\""), html);
    }

    @Test
    void headingsInsideASectionStartBelowTheSectionHeading() {
        String html = MarkdownHtml.render("# Too big\n\n### Options\n\n#### Detail\n\nText.");
        assertTrue(html.contains("<h3>Too big</h3>"), html);
        assertTrue(html.contains("<h3>Options</h3>"), html);
        assertTrue(html.contains("<h4>Detail</h4>"), html);
        assertFalse(html.contains("<h1>") || html.contains("<h2>"), html);
    }
}
