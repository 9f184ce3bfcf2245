package fr.gouv.travail.dosiportail.dosimetry.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Streams a received file to disk (never whole in memory) while computing its SHA-256, enforcing the size limit,
 * checking that it is UTF-8 (naming the first bad line) and counting its non-blank lines.
 */
final class Staging {

    /** A file on disk, checked. {@code firstLine}: its first non-blank line (the CSV header), without BOM. */
    record StagedFile(Path path, String sha256, long bytes, long nonBlankLines, String firstLine) {
    }

    private static final int BUFFER = 64 * 1024;
    private static final int FIRST_LINE_MAX = 16 * 1024;

    private Staging() {
    }

    /** Writes the stream under {@code directory} and checks it; on a refusal nothing is left on disk. */
    static StagedFile stage(InputStream in, Path directory, long maxBytes) {
        Path temp = null;
        try {
            Files.createDirectories(directory);
            temp = Files.createTempFile(directory, "upload-", ".part");
            Scan scan = new Scan();
            try (OutputStream out = Files.newOutputStream(temp)) {
                byte[] buffer = new byte[BUFFER];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    scan.bytes += n;
                    if (scan.bytes > maxBytes) {
                        throw FileRefusals.tooLarge(maxBytes);
                    }
                    out.write(buffer, 0, n);
                    scan.accept(buffer, n, false);
                }
                scan.accept(buffer, 0, true);
            }
            Path kept = directory.resolve(UUID.randomUUID() + ".dat");
            Files.move(temp, kept, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            return new StagedFile(kept, HexFormat.of().formatHex(scan.sha.digest()), scan.bytes, scan.nonBlank,
                    scan.firstLine());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover .part file is harmless
                }
            }
        }
    }

    /** Incremental UTF-8 decoding: lines, non-blank lines, the first line. */
    private static final class Scan {
        final MessageDigest sha = sha256();
        final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        final CharBuffer chars = CharBuffer.allocate(BUFFER);
        ByteBuffer pending = ByteBuffer.allocate(0);
        long bytes;
        long line = 1;
        long nonBlank;
        boolean lineHasText;
        boolean firstDone;
        final StringBuilder first = new StringBuilder();

        void accept(byte[] buffer, int n, boolean end) {
            sha.update(buffer, 0, n);
            ByteBuffer in = ByteBuffer.allocate(pending.remaining() + n);
            in.put(pending).put(buffer, 0, n).flip();
            while (true) {
                CoderResult result = decoder.decode(in, chars, end);
                count();
                if (result.isError()) {
                    throw FileRefusals.notUtf8(line);
                }
                if (result.isUnderflow()) {
                    break;
                }
            }
            if (end) {
                if (decoder.flush(chars).isError() || in.hasRemaining()) {
                    throw FileRefusals.notUtf8(line);
                }
                count();
                endLine();
            }
            pending = ByteBuffer.allocate(in.remaining()).put(in).flip();
        }

        private void count() {
            chars.flip();
            while (chars.hasRemaining()) {
                char c = chars.get();
                if (c == '\n') {
                    endLine();
                    line++;
                } else {
                    if (!Character.isWhitespace(c) && c != '\uFEFF') {
                        lineHasText = true;
                    }
                    if (!firstDone && first.length() < FIRST_LINE_MAX && c != '\r'
                            && !(c == '\uFEFF' && line == 1 && first.isEmpty())) {
                        first.append(c);
                    }
                }
            }
            chars.clear();
        }

        private void endLine() {
            if (lineHasText) {
                nonBlank++;
                firstDone = true;
            } else if (!firstDone) {
                first.setLength(0);
            }
            lineHasText = false;
        }

        String firstLine() {
            return first.toString();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
