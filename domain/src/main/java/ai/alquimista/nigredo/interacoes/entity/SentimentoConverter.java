package ai.alquimista.nigredo.interacoes.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class SentimentoConverter implements AttributeConverter<Sentimento, String> {

    @Override
    public String convertToDatabaseColumn(Sentimento attribute) {
        return attribute == null ? null : attribute.name();
    }

    @Override
    public Sentimento convertToEntityAttribute(String dbData) {
        return dbData == null ? null : Sentimento.valueOf(dbData);
    }
}
