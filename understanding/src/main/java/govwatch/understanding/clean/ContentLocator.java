package govwatch.understanding.clean;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article body by structure: every run of text outside links credits its block (the paragraph's
 * container in full, the container's parent by half); the element with the highest credit is the body. Common
 * content containers (article, main, TRS_Editor-style divs) need no special names: they win by holding the text.
 */
final class ContentLocator {

    private static final int MIN_RUN = 8;

    private ContentLocator() {
    }

    static Element locate(Element body) {
        Map<Element, Integer> score = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof TextNode text)) {
                    return;
                }
                int len = text.text().strip().length();
                if (len < MIN_RUN || insideLink(text)) {
                    return;
                }
                Element block = blockOf(text);
                if (block == null) {
                    return;
                }
                Element container = isParagraph(block) && block.parent() != null ? block.parent() : block;
                score.merge(container, len, Integer::sum);
                if (container.parent() != null) {
                    score.merge(container.parent(), len / 2, Integer::sum);
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, body);
        Element best = body;
        int bestScore = 0;
        for (Map.Entry<Element, Integer> e : score.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return best;
    }

    private static boolean insideLink(Node node) {
        for (Node p = node.parent(); p != null; p = p.parent()) {
            if (p instanceof Element e && e.normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }

    private static Element blockOf(Node node) {
        for (Node p = node.parent(); p != null; p = p.parent()) {
            if (p instanceof Element e && (BlockText.BLOCKS.contains(e.normalName()) || e.normalName().equals("td")
                    || e.normalName().equals("body"))) {
                return e;
            }
        }
        return null;
    }

    private static boolean isParagraph(Element e) {
        String n = e.normalName();
        return n.equals("p") || n.equals("li") || n.startsWith("h") && n.length() == 2 || n.equals("blockquote") || n.equals("pre");
    }
}
