package govwatch.crawler.fetch;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Byte-level pieces of HTTP/1.1 reading: a socket stream that enforces a whole-request deadline on every read (a
 * slow drip of one byte a second cannot outlast it), bounded header lines, chunked bodies, and a counter for the
 * compression ratio.
 */
final class Wire {
    static final int MAX_LINE = 16 * 1024;

    private Wire() {
    }

    /** Each read waits at most the read timeout and never past the deadline. */
    static final class DeadlineInput extends FilterInputStream {
        private final Socket socket;
        private final long readTimeoutMillis;
        private long deadlineNanos;
        private boolean budgetArmed;

        DeadlineInput(Socket socket, long readTimeoutMillis, long deadlineNanos) throws IOException {
            super(socket.getInputStream());
            this.socket = socket;
            this.readTimeoutMillis = readTimeoutMillis;
            this.deadlineNanos = deadlineNanos;
        }

        /** The deadline of the request now using the connection (a kept-alive connection serves several). */
        void deadline(long nanos) {
            deadlineNanos = nanos;
        }

        private void arm() throws IOException {
            long left = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
            if (left <= 0) {
                throw new SocketTimeoutException("page time budget spent");
            }
            budgetArmed = left <= readTimeoutMillis;
            socket.setSoTimeout((int) Math.max(1, Math.min(left, readTimeoutMillis)));
        }

        @Override
        public int read() throws IOException {
            arm();
            try {
                return super.read();
            } catch (SocketTimeoutException e) {
                throw why(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            arm();
            try {
                return super.read(b, off, len);
            } catch (SocketTimeoutException e) {
                throw why(e);
            }
        }

        /** Says which bound ran out: the read timeout, or the page's whole budget. */
        private SocketTimeoutException why(SocketTimeoutException e) {
            return budgetArmed
                    ? new SocketTimeoutException("page time budget spent while reading")
                    : new SocketTimeoutException("no data for " + readTimeoutMillis + " ms");
        }
    }


    /** At most {@code limit} bytes of the stream. */
    static final class Limited extends FilterInputStream {
        private long left;

        /** Whether all {@code limit} bytes were read. */
        boolean complete() {
            return left == 0;
        }

        Limited(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }

    /** A chunked body (RFC 9112 §7.1); chunk extensions and trailers are ignored. */
    static final class Chunked extends InputStream {
        private final InputStream in;
        private long chunkLeft;
        private boolean done;

        /** Whether the last chunk and the trailers were read. */
        boolean complete() {
            return done;
        }

        Chunked(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            if (chunkLeft == 0) {
                String size = line(in);
                int semi = size.indexOf(';');
                try {
                    chunkLeft = Long.parseLong((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
                } catch (NumberFormatException e) {
                    throw new IOException("bad chunk size line: " + LogText.safe(size));
                }
                if (chunkLeft < 0) {
                    throw new IOException("negative chunk size");
                }
                if (chunkLeft == 0) {
                    while (!line(in).isEmpty()) {
                        // trailer fields: read so that the connection is at the next response
                    }
                    done = true;
                    return -1;
                }
            }
            int n = in.read(b, off, (int) Math.min(len, chunkLeft));
            if (n < 0) {
                throw new IOException("connection closed inside a chunk");
            }
            chunkLeft -= n;
            if (chunkLeft == 0) {
                line(in); // the CRLF after the chunk data
            }
            return n;
        }
    }

    /** One CRLF- (or LF-) terminated line as ISO-8859-1, without its terminator; refuses lines over {@link #MAX_LINE}. */
    static String line(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                break;
            }
            if (out.size() >= MAX_LINE) {
                throw new IOException("header line longer than " + MAX_LINE + " bytes");
            }
            out.write(b);
        }
        if (b < 0 && out.size() == 0) {
            throw new IOException("connection closed before the response was complete");
        }
        String s = out.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
}
