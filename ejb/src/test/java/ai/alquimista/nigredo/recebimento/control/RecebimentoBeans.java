package ai.alquimista.nigredo.recebimento.control;

import ai.alquimista.nigredo.enriquecimento.ResultadoDaConsulta;
import ai.alquimista.nigredo.enriquecimento.boundary.Enriquecimento;
import ai.alquimista.testing.ChaveDeTeste;
import java.time.Clock;
import javax.sql.DataSource;

/** Recebimento's control beans as the container injects them, on a datasource, for tests of its boundary. */
public final class RecebimentoBeans {

    private RecebimentoBeans() {}

    /** Enrichment answered inline by a lookup no lead of the test has (none carries a CNPJ). */
    public static ImportProcessing importProcessing(DataSource dataSource, Clock clock) {
        ImportProcessing processing = new ImportProcessing();
        processing.dataSource = dataSource;
        processing.clock = clock;
        processing.titulares = ChaveDeTeste.chaveDosTitulares();
        processing.enriquecimento = new Enriquecimento() {
            @Override
            public boolean inline() {
                return true;
            }

            @Override
            public ResultadoDaConsulta consultar(String cnpj) {
                throw new AssertionError("no lead of this test has a CNPJ: " + cnpj);
            }
        };
        return processing;
    }

    public static StalledImportsQuery stalledImports(DataSource dataSource) {
        StalledImportsQuery query = new StalledImportsQuery();
        query.dataSource = dataSource;
        return query;
    }
}
