package org.conditionatlas.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A block of categories inside a chapter, such as M60-M63 "Disorders of muscles". */
@Entity
@Table(name = "icd_block")
public class Block {

    @Id
    public String code;

    @Column(name = "first_category")
    public String firstCategory;

    @Column(name = "last_category")
    public String lastCategory;

    public String title;

    @Column(name = "chapter_code")
    public String chapterCode;
}
