package govwatch.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/** Reads the bundled {@code divisions.tsv.gz} ({@code code<TAB>name} lines, sorted by code) into flat arrays. */
final class DivisionsReader {

    static final String RESOURCE = "divisions.tsv.gz";

    /** What the arrays become. */
    interface Builder {
        Divisions build(String names, int[] start, int[] code9, byte[] codeLength);
    }

    private DivisionsReader() {
    }

    static Divisions read(Builder builder) {
        try (InputStream in = Divisions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the division list " + RESOURCE + " is missing from the classpath"
                        + " (package govwatch.places); rebuild the places module");
            }
            return read(new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8)),
                    builder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the division list " + RESOURCE, e);
        }
    }

    private static Divisions read(BufferedReader reader, Builder builder) throws IOException {
        StringBuilder names = new StringBuilder(200_000);
        IntList start = new IntList();
        IntList code9 = new IntList();
        IntList length = new IntList();
        String line;
        while ((line = reader.readLine()) != null) {
            int tab = line.indexOf('\t');
            String code = line.substring(0, tab);
            start.add(names.length());
            names.append(line, tab + 1, line.length());
            code9.add(Integer.parseInt((code + "000000000").substring(0, 9)));
            length.add(code.length());
        }
        start.add(names.length());
        byte[] lengths = new byte[length.size];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = (byte) length.values[i];
        }
        return builder.build(names.toString(), start.toArray(), code9.toArray(), lengths);
    }

    /** A growable int array, for loading without boxing. */
    private static final class IntList {
        int[] values = new int[50_000];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
