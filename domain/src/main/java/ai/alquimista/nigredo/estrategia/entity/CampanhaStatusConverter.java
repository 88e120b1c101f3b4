package ai.alquimista.nigredo.estrategia.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class CampanhaStatusConverter implements AttributeConverter<CampanhaStatus, String> {

    @Override
    public String convertToDatabaseColumn(CampanhaStatus attribute) {
        return attribute == null ? null : attribute.name();
    }

    @Override
    public CampanhaStatus convertToEntityAttribute(String dbData) {
        return dbData == null ? null : CampanhaStatus.valueOf(dbData);
    }
}
