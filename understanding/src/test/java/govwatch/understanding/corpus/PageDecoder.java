package govwatch.understanding.corpus;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes saved page bytes like a crawler would: BOM, then a meta charset, GB2312/GBK read as GB18030, else UTF-8. */
public final class PageDecoder {

    private static final Pattern META_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_-]+)", Pattern.CASE_INSENSITIVE);

    private PageDecoder() {
    }

    public static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        Charset cs = StandardCharsets.UTF_8;
        if (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            cs = switch (name) {
                case "gb2312", "gbk", "gb18030", "x-gbk" -> Charset.forName("GB18030");
                default -> Charset.isSupported(name) ? Charset.forName(name) : StandardCharsets.UTF_8;
            };
        }
        return new String(bytes, cs);
    }
}
