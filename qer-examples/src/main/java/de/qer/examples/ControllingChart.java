package de.qer.examples;

import de.qer.core.oversight.ControllingItem;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * The controlling chart a team lead looks at (R-L6), drawn with JFreeChart and written as SVG with
 * JFreeSVG, headless: per week of the due dates, the QuEr held in time, held late, overdue and still
 * open (stacked bars), and the backlog on a second axis: the QuEr overdue and not yet held on the
 * Monday morning after each week (as of the business date for the current week).
 */
final class ControllingChart {

    static final int WIDTH = 960;
    static final int HEIGHT = 540;

    private static final Color IN_TIME = new Color(0x2E7D32);
    private static final Color LATE = new Color(0xF9A825);
    private static final Color OVERDUE = new Color(0xC62828);
    private static final Color OPEN = new Color(0xB0BEC5);
    private static final Color BACKLOG = new Color(0x1A237E);

    static {
        System.setProperty("java.awt.headless", "true"); // no display: fonts and metrics without a window system
    }

    private ControllingChart() {
    }

    /**
     * The chart as an SVG document.
     *
     * @param items    the QuEr that count (from {@code Controlling.items})
     * @param first    the first day of the range of due dates
     * @param last     the last day of the range of due dates
     * @param today    the business date
     * @param subtitle the line under the title (GST, months, seed)
     * @return the SVG document
     */
    static String svg(List<ControllingItem> items, LocalDate first, LocalDate last, LocalDate today, String subtitle) {
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        DefaultCategoryDataset backlog = new DefaultCategoryDataset();
        String[] series = {"fristgerecht / in time", "verspätet / late", "überfällig / overdue", "offen / open"};
        for (LocalDate monday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !monday.isAfter(last);
                monday = monday.plusWeeks(1)) {
            LocalDate start = monday;
            LocalDate next = monday.plusWeeks(1);
            String week = String.format(Locale.ROOT, "KW %02d (%02d.%02d.)", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                    monday.getDayOfMonth(), monday.getMonthValue());
            int[] counts = new int[4];
            for (ControllingItem i : items) {
                LocalDate due = i.deadline().due();
                if (!due.isBefore(start) && due.isBefore(next) && !due.isBefore(first) && !due.isAfter(last)) {
                    counts[switch (i.outcome()) {
                        case HELD_IN_TIME -> 0;
                        case HELD_LATE -> 1;
                        case OVERDUE -> 2;
                        case OPEN -> 3;
                    }]++;
                }
            }
            for (int s = 0; s < series.length; s++) {
                bars.addValue(counts[s], series[s], week);
            }
            // the backlog on the Monday morning after the week: due before it and not held by then
            LocalDate morning = next.isAfter(today) ? today : next;
            Integer overdue = null;
            if (!start.isAfter(today)) {
                int n = 0;
                for (ControllingItem i : items) {
                    if (i.deadline().due().isBefore(morning) && !i.deadline().due().isBefore(first)
                            && i.heldOn().map(h -> !h.isBefore(morning)).orElse(true)) {
                        n++;
                    }
                }
                overdue = n;
            }
            backlog.addValue(overdue, "Rückstand (überfällig, nicht gehalten) / backlog", week);
        }

        CategoryAxis weeks = new CategoryAxis("Woche der Fälligkeit / week of the due date");
        weeks.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        NumberAxis count = new NumberAxis("QuEr");
        count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        StackedBarRenderer barRenderer = new StackedBarRenderer();
        barRenderer.setBarPainter(new StandardBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setItemMargin(0);
        barRenderer.setMaximumBarWidth(0.08);
        Color[] colours = {IN_TIME, LATE, OVERDUE, OPEN};
        for (int s = 0; s < colours.length; s++) {
            barRenderer.setSeriesPaint(s, colours[s]);
        }
        CategoryPlot plot = new CategoryPlot(bars, weeks, count, barRenderer);
        NumberAxis backlogAxis = new NumberAxis("Rückstand / backlog");
        backlogAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.setRangeAxis(1, backlogAxis);
        plot.setDataset(1, backlog);
        plot.mapDatasetToRangeAxis(1, 1);
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, BACKLOG);
        line.setSeriesStroke(0, new BasicStroke(3f));
        plot.setRenderer(1, line);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setOutlineVisible(false);

        JFreeChart chart = new JFreeChart("QuEr-Controlling (R-L6): fristgerecht, verspätet, Rückstand",
                new Font(Font.SANS_SERIF, Font.BOLD, 18), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new TextTitle(subtitle, new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);

        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        g2.setDefsKeyPrefix("qer"); // stable ids: the same data give the same file
        chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g2.getSVGDocument();
    }
}
