package ai.alquimista.nigredo.interacoes.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class InteracaoCanalConverter implements AttributeConverter<InteracaoCanal, String> {

    @Override
    public String convertToDatabaseColumn(InteracaoCanal attribute) {
        return attribute == null ? null : attribute.name();
    }

    @Override
    public InteracaoCanal convertToEntityAttribute(String dbData) {
        return dbData == null ? null : InteracaoCanal.valueOf(dbData);
    }
}
