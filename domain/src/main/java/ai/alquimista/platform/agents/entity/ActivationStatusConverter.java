package ai.alquimista.platform.agents.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class ActivationStatusConverter implements AttributeConverter<ActivationStatus, String> {

    @Override
    public String convertToDatabaseColumn(ActivationStatus attribute) {
        return attribute == null ? null : attribute.name();
    }

    @Override
    public ActivationStatus convertToEntityAttribute(String dbData) {
        return dbData == null ? null : ActivationStatus.valueOf(dbData);
    }
}
