package org.conditionatlas.account;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;

/** Stores an account status as its lower-case name. */
@Converter
class StatusColumn implements AttributeConverter<Account.Status, String> {

    @Override
    public String convertToDatabaseColumn(Account.Status status) {
        return status == null ? null : status.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Account.Status convertToEntityAttribute(String value) {
        return value == null ? null : Account.Status.valueOf(value.toUpperCase(Locale.ROOT));
    }
}
