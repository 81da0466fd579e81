package dev.wsladvisor.wslconfig.text;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 that gives back every byte: a byte that is not part of valid UTF-8 (a cp1252 {@code é} in a
 * comment) is decoded to the lone low surrogate {@code U+DC00 + byte} and encoded back to that
 * byte, as Python's "surrogateescape" does. Valid UTF-8 cannot hold a lone surrogate, so the
 * mapping never collides with real text, and an edited line keeps the bytes of the person's text
 * that the tool did not touch.
 */
public final class LosslessUtf8 {

    private static final int ESCAPE_BASE = 0xDC00;

    private LosslessUtf8() {}

    public static String decode(byte[] b, int from, int to) {
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, from, to - from);
        CharBuffer out = CharBuffer.allocate(to - from + 1);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isUnderflow()) {
                decoder.flush(out);
                break;
            }
            if (r.isError()) {
                for (int i = 0; i < r.length(); i++) {
                    out.put((char) (ESCAPE_BASE + (in.get() & 0xFF)));
                }
            } else if (r.isOverflow()) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
                out.flip();
                bigger.put(out);
                out = bigger;
            }
        }
        out.flip();
        return out.toString();
    }

    /** True for a character that stands for one byte that was not valid UTF-8. */
    public static boolean isEscapedByte(String s, int i) {
        char c = s.charAt(i);
        if (c < ESCAPE_BASE + 0x80 || c > ESCAPE_BASE + 0xFF) {
            return false;
        }
        return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }

    public static byte[] encode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isEscapedByte(s, i)) {
                out.writeBytes(s.substring(start, i).getBytes(StandardCharsets.UTF_8));
                out.write(s.charAt(i) - ESCAPE_BASE);
                start = i + 1;
            }
        }
        out.writeBytes(s.substring(start).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** How many characters of {@code s} stand for bytes that were not valid UTF-8. */
    public static int escapedBytes(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isEscapedByte(s, i)) {
                n++;
            }
        }
        return n;
    }
}
