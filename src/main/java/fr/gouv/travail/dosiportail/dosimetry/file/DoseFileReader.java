package fr.gouv.travail.dosiportail.dosimetry.file;

import fr.gouv.travail.dosiportail.dosimetry.collection.DoseCollection;
import java.io.BufferedReader;
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

    /** One data line, read. */
    record ParsedLine(long number, DoseCollection.Item item) {
    }

    private final BufferedReader in;
    private final LineParser parser;
    private final boolean header;
    private final LongPredicate done;
    private long line;
    private boolean headerSeen;

    /**
     * @param afterLine lines up to this number are skipped (0: from the start)
     */
    DoseFileReader(InputStream raw, FileFormat format, LineParser parser, long afterLine) {
        this(raw, format, parser, n -> n <= afterLine);
    }

    /**
     * @param done lines already processed (asked in increasing line order), skipped
     */
    DoseFileReader(InputStream raw, FileFormat format, LineParser parser, LongPredicate done) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.in = new BufferedReader(new InputStreamReader(raw, decoder), 64 * 1024);
        this.parser = parser;
        this.header = format == FileFormat.CSV;
        this.done = done;
    }

    /** Up to {@code max} next data lines; empty at the end of the file. */
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
            if (!done.test(line)) {
                lines.add(new ParsedLine(line, parser.parse(text)));
            }
        }
        return lines;
    }

    /** A line ends at LF only (a CR before it is dropped), so that line numbers match what an editor shows. */
    private String readLine() throws IOException {
        StringBuilder sb = null;
        int c;
        while ((c = in.read()) >= 0) {
            if (sb == null) {
                sb = new StringBuilder(256);
            }
            if (c == '\n') {
                break;
            }
            sb.append((char) c);
        }
        if (sb == null) {
            return null;
        }
        int n = sb.length();
        return n > 0 && sb.charAt(n - 1) == '\r' ? sb.substring(0, n - 1) : sb.toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
