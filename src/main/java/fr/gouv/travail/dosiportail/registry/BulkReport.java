package fr.gouv.travail.dosiportail.registry;

import java.util.List;

/**
 * Answer to a bulk worker declaration. {@code errors} lists at most the first 1,000 errors; {@code totalErrors}
 * counts them all. In all-or-nothing mode any rejected line means nothing was committed ({@code committed=false}).
 */
public record BulkReport(int accepted, int rejected, int unchanged, List<LineError> errors, int totalErrors,
                         boolean committed, String receiptNumber) {

    /** One problem on one line of the file (line 1 is the header). */
    public record LineError(long line, String field, String code, String message) {
    }
}
