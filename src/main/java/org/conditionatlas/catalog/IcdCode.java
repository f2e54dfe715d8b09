package org.conditionatlas.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One code of the ICD-10-CM code set, with its place in the hierarchy. The links are kept as codes
 * (not lazy associations) so that reading them never depends on a proxy being initialised.
 */
@Entity
@Table(name = "icd_code")
public class IcdCode {

    @Id
    public String code;

    public String title;

    @Column(name = "short_title")
    public String shortTitle;

    public boolean billable;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "block_code")
    public String blockCode;

    @Column(name = "chapter_code")
    public String chapterCode;
}
