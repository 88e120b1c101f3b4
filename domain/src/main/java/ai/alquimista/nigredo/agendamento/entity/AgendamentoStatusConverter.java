package ai.alquimista.nigredo.agendamento.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class AgendamentoStatusConverter implements AttributeConverter<AgendamentoStatus, String> {

    @Override
    public String convertToDatabaseColumn(AgendamentoStatus attribute) {
        return attribute == null ? null : attribute.name();
    }

    @Override
    public AgendamentoStatus convertToEntityAttribute(String dbData) {
        return dbData == null ? null : AgendamentoStatus.valueOf(dbData);
    }
}
