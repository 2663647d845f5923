package govwatch.crawler.fetch;

import govwatch.crawler.seed.Charsets;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decides the charset of a text body. Order: the portal's override (always wins), the byte-order mark,
 * the HTTP header, a {@code <meta charset>} / {@code <meta http-equiv content="...charset=...">} in the
 * first 16 KB, then juniversalchardet's detection, then UTF-8. Chinese portals often declare a charset
 * their bytes contradict (a UTF-8 header on a GBK page), so a declared charset is taken only if the bytes
 * decode with it cleanly; otherwise the next source decides. The GB family is always GB18030.
 */
public final class CharsetSniffer {
    private static final int HEAD_BYTES = 16 * 1024;
    private static final Pattern META = Pattern.compile(
            "<meta[^>]+?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

    private CharsetSniffer() {
    }

    /** The charset to decode {@code body} with. */
    public static Charset decide(byte[] body, String headerCharset, Charset override) {
        if (override != null) {
            return override;
        }
        Charset bom = bom(body);
        if (bom != null) {
            return bom;
        }
        List<Charset> declared = new ArrayList<>();
        addIfKnown(declared, Charsets.orNull(headerCharset));
        addIfKnown(declared, Charsets.orNull(metaCharset(body)));
        for (Charset c : declared) {
            if (decodesCleanly(body, c)) {
                return c;
            }
        }
        Charset detected = detect(body);
        if (detected != null && decodesCleanly(body, detected)) {
            return detected;
        }
        if (decodesCleanly(body, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        return declared.isEmpty() ? Charsets.GB18030 : declared.get(0);
    }

    /**
     * Decodes with a replacement character for bad bytes, dropping a leading BOM; a body cut at the size cap
     * ({@code truncated}) loses the incomplete character at its end instead of gaining a replacement character.
     */
    public static String decode(byte[] body, Charset charset, boolean truncated) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer out = CharBuffer.allocate((int) (body.length * (double) decoder.maxCharsPerByte()) + 1);
        ByteBuffer in = ByteBuffer.wrap(body);
        decoder.decode(in, out, !truncated); // not end of input: an incomplete last sequence stays unread
        if (!truncated) {
            decoder.flush(out);
        }
        String s = out.flip().toString();
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    static String metaCharset(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, HEAD_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static void addIfKnown(List<Charset> list, Charset c) {
        if (c != null && !list.contains(c)) {
            list.add(c);
        }
    }

    private static Charset bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static Charset detect(byte[] body) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(body, 0, body.length);
        detector.dataEnd();
        return Charsets.orNull(detector.getDetectedCharset());
    }

    /** Strict decode; an incomplete sequence at the very end (a cut body) is not held against it. */
    static boolean decodesCleanly(byte[] body, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(8192);
        ByteBuffer in = ByteBuffer.wrap(body);
        while (true) {
            CoderResult r = decoder.decode(in, out, false);
            if (r.isError()) {
                return false;
            }
            if (r.isUnderflow()) {
                return true;
            }
            out.clear();
        }
    }
}
