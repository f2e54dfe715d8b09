package org.conditionatlas.web;

import io.quarkus.qute.TemplateData;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What every page's frame (header, navigation, footer) needs: whether the reader is signed in, and
 * the current page, where log-in and sign-up links bring the reader back.
 */
@TemplateData
record Frame(boolean signedIn, String here) {

    static Frame of(PageSession session, String here) {
        return new Frame(session.signedIn(), NextPath.of(here));
    }

    /** The current page as a {@code next} query parameter value. */
    public String next() {
        return URLEncoder.encode(here, StandardCharsets.UTF_8);
    }
}
