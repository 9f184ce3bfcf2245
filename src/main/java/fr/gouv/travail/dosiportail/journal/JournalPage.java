package fr.gouv.travail.dosiportail.journal;

import java.util.List;

/** One page of entries, newest first; {@code page} counts from 0. */
public record JournalPage(List<RecordedEntry> content, int page, int size, long totalElements) {

    public int totalPages() {
        return (int) Math.max(1, (totalElements + size - 1) / size);
    }
}
