package jixiao.pdf;

import java.awt.geom.Area;
import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * One pass over a page's content stream collecting glyphs and ruling candidates. A new instance per page; not shared
 * between threads. Every {@value #CHECK_EVERY} operators or glyphs (nested forms included) it checks its
 * {@link Deadline} and throws {@link TimeLimitExceeded} once it passed, so that a page with millions of operators
 * cannot hold a conversion past its time limit.
 */
final class ContentCollector extends PDFGraphicsStreamEngine {
    /** A power of two: operators and glyphs between two looks at the clock. */
    static final int CHECK_EVERY = 4096;

    private final PageTransform transform;
    private final Deadline deadline;
    private int steps;
    private int operators;
    private final List<Glyph> glyphs = new ArrayList<>();
    private final RulingCollector rulings;
    private final GeneralPath path = new GeneralPath();
    private final List<double[]> segments = new ArrayList<>();
    private final Rectangle2D.Double cropBox;
    private Point2D.Float subpathStart;
    private Point2D.Float current;
    private int clipRule = -1;
    private int images;
    private Area lastClip;
    private boolean lastClipCoversPage;

    ContentCollector(PDPage page) {
        this(page, Deadline.NONE);
    }

    ContentCollector(PDPage page, Deadline deadline) {
        super(page);
        this.deadline = deadline;
        PDRectangle crop = page.getCropBox();
        this.transform = PageTransform.of(crop.getLowerLeftX(), crop.getLowerLeftY(), crop.getUpperRightX(),
                crop.getUpperRightY(), page.getRotation());
        this.cropBox = new Rectangle2D.Double(crop.getLowerLeftX(), crop.getLowerLeftY(), crop.getWidth(),
                crop.getHeight());
        this.rulings = new RulingCollector(transform);
    }

    PageContent collect(int number) throws IOException {
        return TextOrientation.upright(displayed(number));
    }

    /** The page as a viewer displays it, before {@link TextOrientation} turns sideways text upright. */
    PageContent displayed(int number) throws IOException {
        processPage(getPage());
        if (operators == 0) {
            requireDecodable();
        }
        return new PageContent(number, transform.width(), transform.height(),
                GlyphDeduplicator.dedupe(glyphs), rulings.rulings(), images);
    }

    /**
     * PDFBox skips a content stream it cannot decode (an unknown filter, say) with a log line only, and the page
     * reads as blank. A page that yielded no operator at all is checked: if one of its streams does not decode, the
     * page is damaged, not blank.
     */
    private void requireDecodable() throws IOException {
        Iterator<PDStream> streams = getPage().getContentStreams();
        for (int i = 1; streams.hasNext(); i++) {
            PDStream stream = streams.next();
            try (InputStream in = stream.createInputStream()) {
                in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new IOException("content stream " + i + " cannot be decoded: " + e.getMessage(), e);
            }
        }
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        operators++;
        step();
        super.processOperator(operator, operands);
    }

    private void step() {
        if ((++steps & (CHECK_EVERY - 1)) == 0 && deadline.passed()) {
            throw new TimeLimitExceeded();
        }
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        step();
        if (getGraphicsState().getTextState().getRenderingMode() == RenderingMode.NEITHER_CLIP) {
            return;
        }
        String text = font.toUnicode(code);
        if (text == null || text.isEmpty()) {
            text = code == 32 ? " " : "\uFFFD";
        }
        float advance = displacement.getX();
        if (advance <= 0) {
            advance = 0.5f;
        }
        // glyph em box in text space: x 0..advance, y -0.2..0.8 (descent..ascent)
        Point2D.Float a = trm.transformPoint(0, -0.2f);
        Point2D.Float b = trm.transformPoint(advance, 0.8f);
        Point2D.Float c = trm.transformPoint(0, 0.8f);
        Point2D.Float d = trm.transformPoint(advance, -0.2f);
        Point2D.Float mid = trm.transformPoint(advance / 2, 0.3f);
        if (!cropBox.contains(mid) || !insideClip(mid)) {
            return;
        }
        Point2D.Double pa = transform.apply(a.x, a.y);
        Point2D.Double pb = transform.apply(b.x, b.y);
        Point2D.Double pc = transform.apply(c.x, c.y);
        Point2D.Double pd = transform.apply(d.x, d.y);
        double x0 = Math.min(Math.min(pa.x, pb.x), Math.min(pc.x, pd.x));
        double x1 = Math.max(Math.max(pa.x, pb.x), Math.max(pc.x, pd.x));
        double y0 = Math.min(Math.min(pa.y, pb.y), Math.min(pc.y, pd.y));
        double y1 = Math.max(Math.max(pa.y, pb.y), Math.max(pc.y, pd.y));
        // writing direction: the angle of the advance on the displayed page, y down, in quarter turns
        Point2D.Double origin = transform.apply(trm.getTranslateX(), trm.getTranslateY());
        Point2D.Float adv = trm.transformPoint(advance, 0);
        Point2D.Double pAdv = transform.apply(adv.x, adv.y);
        double angle = Math.toDegrees(Math.atan2(pAdv.y - origin.y, pAdv.x - origin.x));
        int direction = (int) (Math.round(((angle % 360) + 360) % 360 / 90.0) % 4) * 90;
        double size = Math.hypot(pc.x - pa.x, pc.y - pa.y);
        glyphs.add(new Glyph(text, x0, y0, x1, y1, size, direction));
    }

    private boolean insideClip(Point2D.Float p) {
        Area clip = getGraphicsState().getCurrentClippingPath();
        if (clip != lastClip) {
            lastClip = clip;
            lastClipCoversPage = clip.contains(cropBox);
        }
        return lastClipCoversPage || clip.contains(p);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        moveTo((float) p0.getX(), (float) p0.getY());
        lineTo((float) p1.getX(), (float) p1.getY());
        lineTo((float) p2.getX(), (float) p2.getY());
        lineTo((float) p3.getX(), (float) p3.getY());
        closePath();
    }

    @Override
    public void drawImage(PDImage pdImage) {
        images++;
    }

    @Override
    public void clip(int windingRule) {
        clipRule = windingRule;
    }

    @Override
    public void moveTo(float x, float y) {
        path.moveTo(x, y);
        subpathStart = new Point2D.Float(x, y);
        current = subpathStart;
        segments.add(null); // subpath separator
    }

    @Override
    public void lineTo(float x, float y) {
        if (current == null) {
            moveTo(x, y);
            return;
        }
        path.lineTo(x, y);
        segments.add(new double[] {current.x, current.y, x, y});
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        if (current == null) {
            moveTo(x3, y3);
            return;
        }
        path.curveTo(x1, y1, x2, y2, x3, y3);
        segments.add(new double[] {Double.NaN, 0, 0, 0}); // a curve: this subpath is not a rectangle
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        path.closePath();
        if (current != null && subpathStart != null && !current.equals(subpathStart)) {
            segments.add(new double[] {current.x, current.y, subpathStart.x, subpathStart.y});
        }
        current = subpathStart;
    }

    @Override
    public void endPath() {
        finishPath();
    }

    @Override
    public void strokePath() throws IOException {
        rulings.stroke(segments, lineWidth(), rgb(getGraphicsState().getStrokingColor()));
        finishPath();
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
        rulings.fill(segments, rgb(getGraphicsState().getNonStrokingColor()));
        finishPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
        rulings.fill(segments, rgb(getGraphicsState().getNonStrokingColor()));
        rulings.stroke(segments, lineWidth(), rgb(getGraphicsState().getStrokingColor()));
        finishPath();
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shadings paint areas, never rules
    }

    private void finishPath() {
        if (clipRule != -1) {
            path.setWindingRule(clipRule);
            getGraphicsState().intersectClippingPath(path);
            clipRule = -1;
        }
        path.reset();
        segments.clear();
        current = null;
        subpathStart = null;
    }

    private double lineWidth() {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        double w = getGraphicsState().getLineWidth();
        double scale = Math.sqrt(Math.abs(ctm.getScaleX() * ctm.getScaleY() - ctm.getShearX() * ctm.getShearY()));
        return Math.max(w * scale, 0.1);
    }

    private static int rgb(PDColor color) {
        try {
            float[] v = color.getColorSpace().toRGB(color.getComponents());
            return (Math.round(v[0] * 255) << 16) | (Math.round(v[1] * 255) << 8) | Math.round(v[2] * 255);
        } catch (IOException | RuntimeException e) {
            return 0; // unknown colour spaces are taken as black: a rule is more likely than a background
        }
    }
}
