package dev.moka.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every internal link of the documentation leads somewhere: the pages of {@code site/}, the README
 * and the menu. A link to a file must name one that exists (relative to the page); a link to
 * {@code page.md#anchor} or {@code #anchor} must name a heading of that page, spelled as the
 * repository's Markdown renderer spells heading anchors (lower case, punctuation dropped, spaces as
 * hyphens). Links to the web are not followed.
 */
class SiteLinksTest {
    private static final Path SITE = Path.of("").toAbsolutePath();
    private static final Path ROOT = SITE.getParent();
    /** Inline links and images: {@code [text](target)}; the target stops at a space or ')'. */
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern MENU_ITEM = Pattern.compile("href=\"([^\"]+)\"");

    @Test
    void everyInternalLinkOfThePagesAndTheReadmeResolves() throws IOException {
        List<Path> pages = new ArrayList<>(pages());
        pages.add(ROOT.resolve("README.md"));
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            broken.addAll(brokenLinks(page));
        }
        assertEquals(List.of(), broken, "broken internal links");
    }

    @Test
    void theMenuNamesOnlyPagesThatExistAndEveryPageIsInIt() throws IOException {
        String menu = Files.readString(SITE.resolve("site.xml"));
        Set<String> named = new HashSet<>();
        Matcher m = MENU_ITEM.matcher(menu);
        while (m.find()) {
            named.add(m.group(1));
        }
        List<String> problems = new ArrayList<>();
        for (String href : named) {
            Path page = SITE.resolve(href.replace(".html", ".md"));
            if (!Files.isRegularFile(page)) {
                problems.add("menu item " + href + " has no page " + SITE.relativize(page));
            }
        }
        for (Path page : pages()) {
            String html = page.getFileName().toString().replace(".md", ".html");
            if (!named.contains(html)) {
                problems.add(page.getFileName() + " is not in the menu (site.xml)");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckFindsABrokenLink() throws IOException {
        Path page = Files.createTempFile("broken", ".md");
        try {
            Files.writeString(page, "# Title\n\nSee [nothing](no-such-page.md) and [here](#no-such-heading)"
                    + " and [title](#title).\n");
            List<String> broken = brokenLinks(page);
            assertEquals(2, broken.size(), broken.toString());
        } finally {
            Files.delete(page);
        }
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.list(SITE)) {
            List<Path> pages = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
            assertFalse(pages.isEmpty(), "no pages in " + SITE);
            return pages;
        }
    }

    private static List<String> brokenLinks(Path page) throws IOException {
        List<String> broken = new ArrayList<>();
        String text = withoutCodeBlocks(Files.readString(page));
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            String target = m.group(1);
            if (target.contains("://") || target.startsWith("mailto:")) {
                continue;
            }
            int hash = target.indexOf('#');
            String file = hash < 0 ? target : target.substring(0, hash);
            String anchor = hash < 0 ? null : target.substring(hash + 1);
            Path linked = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
            if (!Files.exists(linked)) {
                broken.add(ROOT.relativize(page) + ": " + target + " (no such file)");
            } else if (anchor != null && linked.toString().endsWith(".md") && !anchors(linked).contains(anchor)) {
                broken.add(ROOT.relativize(page) + ": " + target + " (no such heading)");
            }
        }
        return broken;
    }

    /** Links inside fenced code are examples, not links. */
    private static String withoutCodeBlocks(String text) {
        StringBuilder kept = new StringBuilder();
        boolean inFence = false;
        for (String line : text.split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                inFence = !inFence;
                continue;
            }
            if (!inFence) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString();
    }

    private static Set<String> anchors(Path page) throws IOException {
        Set<String> anchors = new HashSet<>();
        for (String line : withoutCodeBlocks(Files.readString(page)).split("\n")) {
            Matcher m = HEADING.matcher(line);
            if (m.matches()) {
                String base = slug(m.group(1));
                String anchor = base;
                for (int n = 1; !anchors.add(anchor); n++) {
                    anchor = base + "-" + n;
                }
            }
        }
        return anchors;
    }

    private static String slug(String heading) {
        String plain = heading.replaceAll("`", "").replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1");
        StringBuilder slug = new StringBuilder();
        for (char c : plain.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                slug.append(c);
            } else if (c == ' ') {
                slug.append('-');
            }
        }
        return slug.toString();
    }
}
