package ai.alquimista.nigredo.enriquecimento.control;

import ai.alquimista.nigredo.enriquecimento.PerfilEmpresa;
import ai.alquimista.nigredo.enriquecimento.ResultadoDaConsulta;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Works offline, on a laptop: knows the companies of a small bundled sample (in BrasilAPI's shape);
 * any other valid CNPJ is "not found", so its lead goes on unenriched.
 */
@ApplicationScoped
public class ConsultaOffline implements ConsultaDeCnpj {

    static final String SAMPLE = "/enriquecimento/cnpj-amostra.json";

    private Map<String, PerfilEmpresa> sample;

    @PostConstruct
    void load() {
        try (InputStream in = ConsultaOffline.class.getResourceAsStream(SAMPLE);
                var reader = Json.createReader(in)) {
            sample = reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(company -> PerfilEmpresa.fromBrasilApi(company, "offline"))
                    .collect(Collectors.toMap(PerfilEmpresa::cnpj, perfil -> perfil));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SAMPLE, e);
        }
    }

    @Override
    public ResultadoDaConsulta consultar(String cnpj) {
        PerfilEmpresa perfil = sample.get(cnpj);
        return perfil == null ? new ResultadoDaConsulta.NaoEncontrada() : new ResultadoDaConsulta.Encontrada(perfil);
    }
}
