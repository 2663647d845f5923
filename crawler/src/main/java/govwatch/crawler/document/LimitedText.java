package govwatch.crawler.document;

import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects a parser's text up to a character cap and stops the parse (by throwing) at the cap or at a deadline,
 * so neither a document without end nor one without text runs longer than its budget.
 */
final class LimitedText extends DefaultHandler {
    private final StringBuilder text = new StringBuilder();
    private final int maxChars;
    private final long deadlineNanos;
    private boolean full;
    private boolean outOfTime;

    LimitedText(int maxChars, long deadlineNanos) {
        this.maxChars = maxChars;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (System.nanoTime() - deadlineNanos > 0 || Thread.currentThread().isInterrupted()) {
            outOfTime = true;
            throw new SAXException("time budget spent");
        }
        int room = maxChars - text.length();
        if (length > room) {
            int end = room > 0 && Character.isHighSurrogate(ch[start + room - 1]) ? room - 1 : room;
            text.append(ch, start, Math.max(0, end));
            full = true;
            throw new SAXException("character cap reached");
        }
        text.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    /** Whether the cap was reached (the text is cut). */
    boolean full() {
        return full;
    }

    /** Whether the deadline passed during the parse. */
    boolean outOfTime() {
        return outOfTime;
    }

    String text() {
        return text.toString();
    }
}
