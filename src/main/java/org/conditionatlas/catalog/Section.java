package org.conditionatlas.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.conditionatlas.access.Tier;
import org.conditionatlas.access.TierColumn;

/** One section of an article, typed by its health aspect and gated by its tier. */
@Entity
@Table(name = "article_section")
@IdClass(Section.Key.class)
public class Section {

    @Id
    @ManyToOne
    @JoinColumn(name = "article_code")
    public Article article;

    @Id
    public short position;

    public String aspect;

    public String heading;

    public String body;

    @Column(name = "required_tier")
    @Convert(converter = TierColumn.class)
    public Tier requiredTier;

    /** The composite key: article and position. */
    public static class Key implements Serializable {
        public String article;
        public short position;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && position == k.position && Objects.equals(article, k.article);
        }

        @Override
        public int hashCode() {
            return Objects.hash(article, position);
        }
    }
}
