package jp.omakase.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;

/**
 * The progress bar of the sign-up and store pages as a phone (360 px, mobile viewport) and a desktop (1280 px) show it:
 * every label is whole, each of its words (the text between its {@code <wbr>}) on one line and inside its step, and the
 * bar does not overflow the page. Saves {@code target/screenshots/progress-<name>-360.png} and {@code -1280.png}.
 */
public final class ProgressLabels {

    /** 360: a small phone (Galaxy S, iPhone SE class); 1280: a laptop. */
    static final int[] WIDTHS = {360, 1280};

    /**
     * For each word of each label: the number of lines it lies on (Range.getClientRects, one box per line) and whether
     * it leaves its step's box; the labels' texts; whether the bar scrolls sideways.
     */
    private static final String MEASURE = """
            var bar = document.querySelector('.omakase-steps');
            var labels = Array.from(document.querySelectorAll('.omakase-steps .omakase-step-label'));
            var broken = [];
            labels.forEach(function (label) {
              var step = label.closest('.omakase-step').getBoundingClientRect();
              label.childNodes.forEach(function (node) {
                if (node.nodeType !== 3 || !node.textContent.trim()) { return; }
                var range = document.createRange();
                range.selectNodeContents(node);
                var rects = Array.from(range.getClientRects()).filter(function (r) { return r.width > 0; });
                var lines = new Set(rects.map(function (r) { return Math.round(r.top); }));
                if (lines.size !== 1) { broken.push(node.textContent + ' on ' + lines.size + ' lines'); }
                rects.forEach(function (r) {
                  if (r.left < step.left - 0.5 || r.right > step.right + 0.5) { broken.push(node.textContent + ' leaves its step'); }
                });
              });
            });
            if (bar && bar.scrollWidth > bar.clientWidth + 1) { broken.push('the bar scrolls sideways'); }
            if (document.documentElement.scrollWidth > window.innerWidth + 1) { broken.push('the page scrolls sideways'); }
            return {labels: labels.map(function (l) { return l.textContent.trim(); }), broken: broken};
            """;

    private ProgressLabels() {
    }

    /** Checks the current page at both widths against {@code labels} (in order), then restores the window. */
    @SuppressWarnings("unchecked")
    public static void assertWhole(Browser browser, String name, List<String> labels) {
        try {
            for (int width : WIDTHS) {
                browser.devTools("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height",
                        width == 360 ? 780 : 1000, "deviceScaleFactor", 1, "mobile", width == 360));
                browser.waitForPage();
                Map<String, Object> measured = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(MEASURE);
                browser.screenshot("progress-" + name + "-" + width);
                assertEquals(labels, measured.get("labels"), name + " at " + width + " px");
                assertEquals(List.of(), measured.get("broken"), name + " at " + width + " px: labels broken inside a word");
            }
        } finally {
            browser.devTools("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
