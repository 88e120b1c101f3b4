package ai.alquimista.shared.paging;

import java.util.List;

/** One page of a list, as every paged list of the API answers: {@code {items, page, size, total}}. */
public record Page<T>(List<T> items, int page, int size, long total) {}
