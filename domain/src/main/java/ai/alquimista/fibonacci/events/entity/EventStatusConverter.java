package ai.alquimista.fibonacci.events.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class EventStatusConverter implements AttributeConverter<EventStatus, String> {

    @Override
    public String convertToDatabaseColumn(EventStatus attribute) {
        return attribute == null ? null : attribute.name();
    }

    @Override
    public EventStatus convertToEntityAttribute(String dbData) {
        return dbData == null ? null : EventStatus.valueOf(dbData);
    }
}
