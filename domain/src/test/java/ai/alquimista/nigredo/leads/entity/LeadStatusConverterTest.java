package ai.alquimista.nigredo.leads.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeadStatusConverterTest {

    private final LeadStatusConverter converter = new LeadStatusConverter();

    @Test
    void storesTheDatabaseSpelling() {
        assertThat(converter.convertToDatabaseColumn(LeadStatus.descadastrado)).isEqualTo("descadastrado");
        assertThat(converter.convertToEntityAttribute("novo")).isEqualTo(LeadStatus.novo);
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
    }
}
