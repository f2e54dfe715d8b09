package org.conditionatlas.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An ICD-10-CM chapter, such as 13 "Diseases of the musculoskeletal system..." (M00-M99). */
@Entity
@Table(name = "icd_chapter")
public class Chapter {

    @Id
    public String code;

    @Column(name = "first_category")
    public String firstCategory;

    @Column(name = "last_category")
    public String lastCategory;

    public String title;
}
