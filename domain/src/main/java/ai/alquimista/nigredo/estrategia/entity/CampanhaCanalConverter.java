package ai.alquimista.nigredo.estrategia.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class CampanhaCanalConverter implements AttributeConverter<CampanhaCanal, String> {

    @Override
    public String convertToDatabaseColumn(CampanhaCanal attribute) {
        return attribute == null ? null : attribute.name();
    }

    @Override
    public CampanhaCanal convertToEntityAttribute(String dbData) {
        return dbData == null ? null : CampanhaCanal.valueOf(dbData);
    }
}
