package fr.gouv.travail.dosiportail.dosimetry.reading;

import java.util.List;

/** One page of a worker's current dose records, newest first; {@code page} counts from 0. */
public record HistoryPage(List<DoseRecordView> content, int page, int size, long totalElements) {

    public HistoryPage {
        content = List.copyOf(content);
    }

    public int totalPages() {
        return (int) Math.max(1, (totalElements + size - 1) / size);
    }
}
