package org.conditionatlas.catalog;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Articles with their sections. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, String> {

    public Optional<Article> findByCode(String code) {
        return find("from Article a left join fetch a.sections where a.code = ?1", code)
                .singleResultOptional();
    }

    public Optional<Article> findPublishedByCode(String code) {
        return findByCode(code).filter(a -> a.published);
    }
}
