package govwatch.understanding.clean;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Renders an element to text with one line per block (p, div, li, tr, h1…, br), source line breaks as spaces. */
final class BlockText {

    static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "tr", "table", "tbody", "h1", "h2", "h3",
            "h4", "h5", "h6", "section", "article", "main", "blockquote", "pre", "dd", "dt", "dl", "center", "hr", "form",
            "header", "footer", "nav", "aside", "figure", "figcaption", "address");

    private BlockText() {
    }

    static String render(Element root) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    boolean pre = node.parent() instanceof Element p && p.tagName().equals("pre");
                    String s = text.getWholeText();
                    sb.append(pre ? s : s.replace('\n', ' ').replace('\r', ' '));
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    sb.append('\n');
                } else if (node instanceof Element e && (e.normalName().equals("td") || e.normalName().equals("th"))) {
                    sb.append(' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    sb.append('\n');
                }
            }
        }, root);
        return sb.toString();
    }
}
