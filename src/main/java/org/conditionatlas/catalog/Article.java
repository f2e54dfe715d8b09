package org.conditionatlas.catalog;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The article written for a code: its sections in order, with their tiers. */
@Entity
@Table(name = "article")
public class Article {

    @Id
    public String code;

    public String title;

    @Column(name = "illustration_url")
    public String illustrationUrl;

    @Column(name = "illustration_alt")
    public String illustrationAlt;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "next_review_at")
    public Instant nextReviewAt;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Source> sources = new ArrayList<>();

    public boolean sample;

    public boolean published = true;

    public int revision = 1;

    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "public_text")
    public String publicText = "";

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Section> sections = new ArrayList<>();

    /** A reference the article is based on. */
    public record Source(String title, String url) {}
}
