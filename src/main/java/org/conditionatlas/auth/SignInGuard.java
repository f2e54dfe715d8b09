package org.conditionatlas.auth;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Whether an access token's sign-in still stands: not revoked, not past its absolute lifetime, its
 * account active and the token issued no earlier than the account's "not before". One indexed
 * look-up by primary key per authenticated request, so a log-out takes effect at once on every
 * instance.
 */
@ApplicationScoped
class SignInGuard {

    private static final String LIVE = """
            SELECT 1 FROM sign_in s JOIN account a ON a.id = s.account_id
            WHERE s.id = ? AND a.id = ? AND s.revoked_at IS NULL AND s.expires_at > now()
              AND a.status = 'active' AND a.not_before <= ? AND a.token_version = ?\
            """;

    private final AgroalDataSource dataSource;

    SignInGuard(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    boolean isLive(UUID signInId, UUID accountId, Instant issuedAt, long tokenVersion) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(LIVE)) {
            query.setObject(1, signInId);
            query.setObject(2, accountId);
            query.setTimestamp(3, Timestamp.from(issuedAt));
            query.setLong(4, tokenVersion);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the sign-in", e);
        }
    }
}
