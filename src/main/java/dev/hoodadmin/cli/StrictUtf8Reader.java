package dev.hoodadmin.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 as it streams, refusing any byte that is not UTF-8 with the line it is on ({@link NotUtf8}).
 * The JDK's InputStreamReader throws away the characters decoded just before a bad byte, so it cannot tell the line.
 */
final class StrictUtf8Reader extends Reader {
    /** The bytes are not UTF-8 from this line on (lines counted from 1). */
    static final class NotUtf8 extends IOException {
        final int line;

        NotUtf8(int line) {
            super("not UTF-8 at line " + line);
            this.line = line;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024).flip();
    private boolean endOfInput;
    private boolean flushed;
    private boolean broken;
    private int line = 1;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) return 0;
        if (broken) throw new NotUtf8(line);
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        while (out.position() == offset && !flushed) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                broken = true; // the characters before the bad byte are handed out first
                break;
            }
            if (result.isOverflow()) break;
            if (endOfInput) {
                decoder.flush(out);
                flushed = true;
            } else {
                fill();
            }
        }
        int produced = out.position() - offset;
        for (int i = offset; i < offset + produced; i++) {
            if (target[i] == '\n') line++;
        }
        if (produced > 0) return produced;
        if (broken) throw new NotUtf8(line);
        return -1;
    }

    private void fill() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (read < 0) endOfInput = true;
        else bytes.position(bytes.position() + read);
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
