package dev.wsladvisor.wslconfig.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How a config file's bytes are encoded. WSL opens {@code .wslconfig} with {@code _wfopen(path,
 * "rt,ccs=UTF-8")}: a byte order mark, when present, decides the encoding; without one the bytes
 * are read as UTF-8. So a UTF-16 file without a BOM is read as garbage, and older WSL builds were
 * reported to ignore UTF-16 files altogether.
 */
public enum TextEncoding {
    UTF8(StandardCharsets.UTF_8, new byte[0]),
    UTF8_BOM(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
    UTF16LE_BOM(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}),
    UTF16BE_BOM(StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}),
    UTF16LE_NO_BOM(StandardCharsets.UTF_16LE, new byte[0]),
    UTF16BE_NO_BOM(StandardCharsets.UTF_16BE, new byte[0]);

    private final Charset charset;
    private final byte[] bom;

    TextEncoding(Charset charset, byte[] bom) {
        this.charset = charset;
        this.bom = bom;
    }

    public Charset charset() {
        return charset;
    }

    public byte[] bom() {
        return bom.clone();
    }

    public boolean isUtf16() {
        return charset != StandardCharsets.UTF_8;
    }

    /** Width of one code unit in bytes. */
    public int unit() {
        return isUtf16() ? 2 : 1;
    }

    public String label() {
        return switch (this) {
            case UTF8 -> "UTF-8";
            case UTF8_BOM -> "UTF-8 with BOM";
            case UTF16LE_BOM -> "UTF-16 LE with BOM";
            case UTF16BE_BOM -> "UTF-16 BE with BOM";
            case UTF16LE_NO_BOM -> "UTF-16 LE without BOM";
            case UTF16BE_NO_BOM -> "UTF-16 BE without BOM";
        };
    }

    public static TextEncoding detect(byte[] b) {
        if (b.length >= 3
                && (b[0] & 0xFF) == 0xEF
                && (b[1] & 0xFF) == 0xBB
                && (b[2] & 0xFF) == 0xBF) {
            return UTF8_BOM;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return UTF16LE_BOM;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return UTF16BE_BOM;
        }
        // Without a BOM, text that is mostly ASCII shows UTF-16 by its zero bytes at odd or even
        // offsets.
        if (b.length >= 4 && b.length % 2 == 0) {
            int evenZero = 0;
            int oddZero = 0;
            for (int i = 0; i < b.length; i += 2) {
                if (b[i] == 0) {
                    evenZero++;
                }
                if (b[i + 1] == 0) {
                    oddZero++;
                }
            }
            int pairs = b.length / 2;
            if (oddZero * 10 >= pairs * 9 && evenZero == 0) {
                return UTF16LE_NO_BOM;
            }
            if (evenZero * 10 >= pairs * 9 && oddZero == 0) {
                return UTF16BE_NO_BOM;
            }
        }
        return UTF8;
    }
}
