package fr.gouv.travail.dosiportail.dosimetry.file;

import fr.gouv.travail.dosiportail.dosimetry.collection.DoseCollection;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * The data lines of a dose file with their line numbers (the first line of the file is line 1; the CSV header and
 * blank lines are skipped but counted), from a given line on: a resumed file skips what was committed.
 */
final class DoseFileReader implements Closeable {

    /** One data line, read; {@code done}: in a committed chunk (read again only for its natural key). */
    record ParsedLine(long number, DoseCollection.Item item, boolean done) {
    }

    private final java.io.Reader in;
    private final LineParser parser;
    private final boolean header;
    private final LongPredicate done;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private long line;
    private boolean headerSeen;

    /**
     * @param afterLine lines up to this number are skipped (0: from the start)
     */
    DoseFileReader(InputStream raw, FileFormat format, LineParser parser, long afterLine) {
        this(raw, format, parser, n -> n <= afterLine);
    }

    /**
     * @param done lines already processed (asked in increasing line order), returned flagged as done
     */
    DoseFileReader(InputStream raw, FileFormat format, LineParser parser, LongPredicate done) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.in = new InputStreamReader(raw, decoder);
        this.parser = parser;
        this.header = format == FileFormat.CSV;
        this.done = done;
    }

    /**
     * The next data lines in file order, up to {@code max} lines in all; lines already done come flagged (a resumed
     * file reads them again to know their natural keys). Empty at the end of the file.
     */
    List<ParsedLine> next(int max) throws IOException {
        List<ParsedLine> lines = new ArrayList<>(Math.min(max, 4096));
        String text;
        while (lines.size() < max && (text = readLine()) != null) {
            line++;
            if (line == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                continue;
            }
            if (header && !headerSeen) {
                headerSeen = true;
                continue;
            }
            lines.add(new ParsedLine(line, parser.parse(text), done.test(line)));
        }
        return lines;
    }

    /** A line ends at LF only (a CR before it is dropped), so that line numbers match what an editor shows. */
    private String readLine() throws IOException {
        StringBuilder pending = null;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return pending == null ? null : withoutCr(pending.toString());
                }
            }
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            if (position < limit) { // the line ends in the buffer
                int end = position++;
                if (pending == null) {
                    return withoutCr(new String(buffer, start, end - start));
                }
                return withoutCr(pending.append(buffer, start, end - start).toString());
            }
            if (pending == null) {
                pending = new StringBuilder(256);
            }
            pending.append(buffer, start, position - start); // the line goes on in the next read
        }
    }

    private static String withoutCr(String text) {
        int n = text.length();
        return n > 0 && text.charAt(n - 1) == '\r' ? text.substring(0, n - 1) : text;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
