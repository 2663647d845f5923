package govwatch.understanding;

/** The document cannot be read at all; the message says why (it goes to the dead-letter topic). */
public class UnreadableDocumentException extends RuntimeException {
    public UnreadableDocumentException(String message) {
        super(message);
    }
}
