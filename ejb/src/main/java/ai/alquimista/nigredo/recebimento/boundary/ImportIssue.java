package ai.alquimista.nigredo.recebimento.boundary;

/** One line of an import's non-conformity report: the row (the spreadsheet's numbering), the field, the problem. */
public record ImportIssue(int row, String field, String problem) {}
