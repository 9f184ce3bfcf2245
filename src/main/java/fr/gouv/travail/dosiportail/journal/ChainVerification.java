package fr.gouv.travail.dosiportail.journal;

/**
 * The result of walking the whole chain: {@code ok} with the number of entries, or the id of the first broken link
 * and why it is broken.
 */
public record ChainVerification(boolean ok, long entries, Long firstBrokenId, String reason) {

    public static ChainVerification intact(long entries) {
        return new ChainVerification(true, entries, null, null);
    }

    public static ChainVerification broken(long entriesBefore, long id, String reason) {
        return new ChainVerification(false, entriesBefore, id, reason);
    }
}
