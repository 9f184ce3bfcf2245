package fr.gouv.travail.dosiportail.dosimetry.file;

import java.util.UUID;

/**
 * The first line of each natural key met in one file, asked in file order by the file's reader, to answer a line
 * that repeats an earlier one. An open-addressing table over the key's 128 bits (20 bytes a slot, at most
 * {@code limit} keys, i.e. ≈ 42 MB for a million); past the limit the caller keeps new keys in
 * dosimetry.dose_file_line_key. Nothing of it survives a crash: a resumed file reads its committed lines again, in
 * order, to rebuild it exactly.
 */
final class LineKeys {

    private final int limit;
    private long[] high;
    private long[] low;
    private int[] lines; // 0: a free slot (line numbers start at 1)
    private int size;

    LineKeys(int limit) {
        this.limit = limit;
        allocate(1 << 12);
    }

    /** The first line holding the key, or 0 if no earlier line (kept in memory) does. */
    long firstLine(UUID key) {
        int mask = lines.length - 1;
        long h = key.getMostSignificantBits();
        long l = key.getLeastSignificantBits();
        for (int slot = spread(h, l) & mask; lines[slot] != 0; slot = (slot + 1) & mask) {
            if (high[slot] == h && low[slot] == l) {
                return lines[slot];
            }
        }
        return 0;
    }

    /** Keeps a new key's first line; false when the memory is full (the caller keeps it elsewhere). */
    boolean add(UUID key, long line) {
        if (size >= limit || line > Integer.MAX_VALUE) {
            return false;
        }
        if (size + 1 > lines.length * 3L / 4) {
            grow();
        }
        put(key.getMostSignificantBits(), key.getLeastSignificantBits(), (int) line);
        size++;
        return true;
    }

    /** Whether {@code more} new keys may not all fit in memory. */
    boolean mayOverflow(int more) {
        return size + (long) more > limit;
    }

    int size() {
        return size;
    }

    private void put(long h, long l, int line) {
        int mask = lines.length - 1;
        int slot = spread(h, l) & mask;
        while (lines[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        high[slot] = h;
        low[slot] = l;
        lines[slot] = line;
    }

    private void grow() {
        long[] h = high;
        long[] l = low;
        int[] n = lines;
        allocate(lines.length * 2);
        for (int i = 0; i < n.length; i++) {
            if (n[i] != 0) {
                put(h[i], l[i], n[i]);
            }
        }
    }

    private void allocate(int capacity) {
        high = new long[capacity];
        low = new long[capacity];
        lines = new int[capacity];
    }

    /** The key is a digest already: mixing its two halves is enough. */
    private static int spread(long h, long l) {
        long x = h ^ l;
        return (int) (x ^ (x >>> 32));
    }
}
