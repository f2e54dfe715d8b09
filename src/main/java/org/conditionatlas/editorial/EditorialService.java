package org.conditionatlas.editorial;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.conditionatlas.access.Tier;
import org.conditionatlas.catalog.Article;
import org.conditionatlas.catalog.ArticleDraft;
import org.conditionatlas.catalog.ArticleRepository;
import org.conditionatlas.catalog.ArticleStore;
import org.conditionatlas.catalog.Aspect;
import org.conditionatlas.catalog.ConditionCode;
import org.conditionatlas.catalog.ConditionService;
import org.conditionatlas.catalog.ConditionView;
import org.conditionatlas.catalog.Editor;
import org.conditionatlas.catalog.RenderedCondition;
import org.conditionatlas.system.Problem;
import org.conditionatlas.system.ProblemException;
import org.conditionatlas.system.ProblemType;

/**
 * Editors' changes to articles. Each runs in one transaction under the content lock, and checks
 * If-Match against the editor's own view read from the database inside it, so two editors can
 * never overwrite each other and readers never see half an edit.
 */
@ApplicationScoped
public class EditorialService {

    /** The outcome of a PUT: whether it created the article, and the editor's view after it. */
    public record Saved(boolean created, RenderedCondition view) {}

    private final ArticleStore store;
    private final ArticleRepository articles;
    private final ConditionService conditions;

    EditorialService(ArticleStore store, ArticleRepository articles, ConditionService conditions) {
        this.store = store;
        this.articles = articles;
        this.conditions = conditions;
    }

    public Saved put(ConditionCode code, ArticleEdit edit, String ifMatch, Editor editor, Tier editorTier) {
        ArticleDraft draft = draft(code, edit);
        boolean created = QuarkusTransaction.requiringNew().call(() -> {
            store.lock();
            RenderedCondition current = conditions.freshView(code, editorTier);
            boolean exists = articles.findByCode(code.value()).isPresent();
            if (ifMatch == null && exists) {
                throw new ProblemException(
                        ProblemType.PRECONDITION_REQUIRED,
                        "Replacing " + code + " needs If-Match with the ETag of your GET of it.");
            }
            if (ifMatch != null && !matches(ifMatch, current.json().etag().getValue())) {
                throw new ProblemException(
                        ProblemType.STALE_VERSION, code + " changed after the GET whose ETag you sent; GET it again.");
            }
            return store.save(draft, editor) == ArticleStore.Outcome.CREATED;
        });
        return new Saved(created, conditions.freshView(code, editorTier));
    }

    public RenderedCondition setPublished(ConditionCode code, boolean published, Editor editor, Tier editorTier) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (articles.findByCode(code.value()).isEmpty()) {
                conditions.freshView(code, editorTier); // 404 with the closest ancestor for unknown codes
                throw new ProblemException(ProblemType.UNKNOWN_CONDITION, "There is no article for " + code + ".");
            }
            store.setPublished(code, published, editor);
        });
        return conditions.freshView(code, editorTier);
    }

    /** If-Match compares strongly: a weak tag never matches; "*" matches an existing article. */
    private boolean matches(String ifMatch, String currentTag) {
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals("\"" + currentTag + "\"")) {
                return true;
            }
        }
        return false;
    }

    private static ArticleDraft draft(ConditionCode code, ArticleEdit edit) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<ArticleDraft.SectionDraft> sections = new ArrayList<>();
        Set<Aspect> seen = new HashSet<>();
        for (int i = 0; i < edit.sections().size(); i++) {
            ArticleEdit.SectionEdit section = edit.sections().get(i);
            String at = "sections[" + i + "].";
            Aspect aspect = Aspect.parse(section.aspect()).orElse(null);
            if (aspect == null) {
                errors.add(new Problem.FieldError(at + "aspect", "must be one of " + Aspect.known()));
            } else if (!seen.add(aspect)) {
                errors.add(new Problem.FieldError(at + "aspect", "appears twice"));
            }
            Tier tier = Tier.parse(section.requiredTier()).orElse(null);
            if (tier == null) {
                errors.add(new Problem.FieldError(at + "requiredTier", "must be anonymous, member or subscriber"));
            }
            if (aspect != null && tier != null) {
                sections.add(new ArticleDraft.SectionDraft(
                        aspect, section.heading().strip(), tier, section.body().strip()));
            }
        }
        if (edit.reviewedAt() != null
                && edit.nextReviewAt() != null
                && edit.nextReviewAt().isBefore(edit.reviewedAt())) {
            errors.add(new Problem.FieldError("nextReviewAt", "must not be before reviewedAt"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.INVALID_REQUEST,
                    errors.size() == 1
                            ? "The field '" + errors.get(0).field() + "' "
                                    + errors.get(0).message() + "."
                            : errors.size() + " fields are invalid; see 'errors'.",
                    errors);
        }
        ConditionView.Illustration illustration = edit.illustration() == null
                ? null
                : new ConditionView.Illustration(
                        edit.illustration().url(), edit.illustration().alt().strip());
        List<Article.Source> sources = edit.sources() == null
                ? List.of()
                : edit.sources().stream()
                        .map(s -> new Article.Source(s.title().strip(), s.url()))
                        .toList();
        return new ArticleDraft(
                code,
                edit.title().strip(),
                illustration,
                edit.reviewedAt(),
                edit.nextReviewAt(),
                sources,
                false,
                sections);
    }
}
