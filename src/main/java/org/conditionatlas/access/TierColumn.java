package org.conditionatlas.access;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a tier as its lower-case id, the form the API and the database check use. */
@Converter
public class TierColumn implements AttributeConverter<Tier, String> {

    @Override
    public String convertToDatabaseColumn(Tier tier) {
        return tier == null ? null : tier.id();
    }

    @Override
    public Tier convertToEntityAttribute(String id) {
        return id == null ? null : Tier.fromId(id);
    }
}
