package ai.alquimista.nigredo.interacoes.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class InteracaoTipoConverter implements AttributeConverter<InteracaoTipo, String> {

    @Override
    public String convertToDatabaseColumn(InteracaoTipo attribute) {
        return attribute == null ? null : attribute.name();
    }

    @Override
    public InteracaoTipo convertToEntityAttribute(String dbData) {
        return dbData == null ? null : InteracaoTipo.valueOf(dbData);
    }
}
