package org.conditionatlas.catalog;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The ICD-10-CM hierarchy: codes, blocks and chapters. */
@ApplicationScoped
public class CatalogRepository implements PanacheRepositoryBase<IcdCode, String> {

    public Optional<IcdCode> findByCode(String code) {
        return code == null ? Optional.empty() : findByIdOptional(code);
    }

    public List<IcdCode> listByCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : list("code in ?1", codes);
    }

    public Optional<Chapter> findChapter(String code) {
        return code == null
                ? Optional.empty()
                : Optional.ofNullable(getEntityManager().find(Chapter.class, code));
    }

    public Optional<Block> findBlock(String code) {
        return code == null
                ? Optional.empty()
                : Optional.ofNullable(getEntityManager().find(Block.class, code));
    }

    /** The nearest of the given codes that exists, in the order given (nearest first). */
    public Optional<IcdCode> findFirstExisting(List<String> codesNearestFirst) {
        List<IcdCode> found = listByCodes(codesNearestFirst);
        return codesNearestFirst.stream()
                .flatMap(c -> found.stream().filter(f -> f.code.equals(c)))
                .findFirst();
    }
}
