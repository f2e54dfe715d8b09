package org.conditionatlas.account;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Accounts by id and by normalised email. */
@ApplicationScoped
public class AccountRepository implements PanacheRepositoryBase<Account, UUID> {

    public Optional<Account> findByEmail(String normalisedEmail) {
        return find("email", normalisedEmail).firstResultOptional();
    }

    public boolean existsWithRole(String role) {
        return getEntityManager()
                                .createNativeQuery("SELECT count(*) FROM account WHERE ?1 = ANY (roles)")
                                .setParameter(1, role)
                                .getSingleResult()
                        instanceof Number n
                && n.longValue() > 0;
    }
}
