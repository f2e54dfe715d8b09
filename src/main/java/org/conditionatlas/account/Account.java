package org.conditionatlas.account;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.conditionatlas.access.Tier;
import org.conditionatlas.access.TierColumn;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A reader's account. The email is stored normalised; the password only as an Argon2id hash. */
@Entity
@Table(name = "account")
public class Account {

    /** Whether the account may sign in. */
    public enum Status {
        ACTIVE,
        DISABLED
    }

    @Id
    public UUID id;

    public String email;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "password_hash")
    public String passwordHash;

    @Convert(converter = TierColumn.class)
    public Tier tier = Tier.MEMBER;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] roles = new String[0];

    @Convert(converter = StatusColumn.class)
    public Status status = Status.ACTIVE;

    @Column(name = "not_before")
    public Instant notBefore;

    /** The version access tokens must carry; bumping it refuses every token issued before. */
    @Column(name = "token_version")
    public int tokenVersion;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean isActive() {
        return status == Status.ACTIVE;
    }
}
