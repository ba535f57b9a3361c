package dev.ismsdecider.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines at {@code \n} (a {@code \r} before it is dropped), as bytes, so that the
 * strict reader sees each line's UTF-8 exactly as sent. A line longer than the limit is not kept: it is
 * skipped to its end and reported as too long, so one runaway line cannot exhaust the memory.
 */
final class NdjsonLines {

    /** One input line: its number (from 1, counting every line), its bytes, or {@code null} when too long. */
    record Line(long number, byte[] bytes) {
        boolean tooLong() {
            return bytes == null;
        }

        boolean blank() {
            if (bytes == null) {
                return false;
            }
            for (byte b : bytes) {
                if (b != ' ' && b != '\t') {
                    return false;
                }
            }
            return true;
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private long number;
    private long bytesRead;
    private boolean ended;

    NdjsonLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or {@code null} at the end of the input. */
    Line next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                if (ended || !fill()) {
                    if (!any) {
                        return null;
                    }
                    return finish(line, tooLong);
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int length = position - start;
            if (!tooLong) {
                if (line.size() + length > maxLineBytes) {
                    tooLong = true;
                    line = new ByteArrayOutputStream();
                } else {
                    line.write(buffer, start, length);
                }
            }
            if (position < limit) {
                position++; // the newline
                return finish(line, tooLong);
            }
        }
    }

    /** Bytes read from the input so far. */
    long bytesRead() {
        return bytesRead;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            ended = true;
            return false;
        }
        bytesRead += n;
        position = 0;
        limit = n;
        return true;
    }

    private Line finish(ByteArrayOutputStream line, boolean tooLong) {
        number++;
        if (tooLong) {
            return new Line(number, null);
        }
        byte[] bytes = line.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1);
        }
        return new Line(number, bytes);
    }
}
