package org.conditionatlas.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A stored RS256 key pair; every instance on the database signs and verifies with the same keys.
 */
@Entity
@Table(name = "signing_key")
public class SigningKey {

    @Id
    public String kid;

    @Column(name = "private_key")
    public String privateKey;

    @Column(name = "public_key")
    public String publicKey;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "active_from")
    public Instant activeFrom;

    @Column(name = "sign_until")
    public Instant signUntil;

    @Column(name = "verify_until")
    public Instant verifyUntil;
}
