package ai.alquimista.nigredo.leads.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class LeadStatusConverter implements AttributeConverter<LeadStatus, String> {

    @Override
    public String convertToDatabaseColumn(LeadStatus attribute) {
        return attribute == null ? null : attribute.name();
    }

    @Override
    public LeadStatus convertToEntityAttribute(String dbData) {
        return dbData == null ? null : LeadStatus.valueOf(dbData);
    }
}
