#include "core/ingest/plaintextreader.h"

#include "core/ingest/articleassembler.h"
#include "core/ingest/clutterfilter.h"

#include <QRegularExpression>

#include <algorithm>

namespace Faultline {

namespace {

struct Line
{
    QString text;
    qsizetype offset = 0; // of the first non-space character in the source
    bool bullet = false;
};

bool isSpaceLike(QChar c)
{
    return c.isSpace() || c == QChar(0x200B) || c == QChar(0xFEFF) || c == QChar(0x200E)
           || c == QChar(0x200F);
}

// Collapses runs of white space, drops zero-width characters, trims.
QString cleanLine(QStringView raw, qsizetype *leading)
{
    QString out;
    out.reserve(raw.size());
    bool pendingSpace = false;
    *leading = 0;
    bool started = false;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (isSpaceLike(c)) {
            if (!started)
                ++*leading;
            if (c.isSpace())
                pendingSpace = started;
            continue;
        }
        if (pendingSpace)
            out.append(QLatin1Char(' '));
        pendingSpace = false;
        started = true;
        out.append(c);
    }
    return out;
}

const QRegularExpression &bulletPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:[•●▪◦‣·■□►▶✓✔\\-\\*–+]|\\d{1,2}[.)])\\s+"));
    return re;
}

bool startsLower(const QString &text)
{
    return !text.isEmpty() && text.front().isLower();
}

bool isTitleCase(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2)
        return !text.isEmpty() && text.front().isUpper();
    qsizetype capital = 0;
    for (const QString &w : words)
        capital += w.front().isUpper() || w.front().isDigit();
    return capital * 10 >= qsizetype(words.size()) * 6;
}

// Joins two lines of one paragraph, undoing a hyphenation where it was the
// line break's.
void appendLine(QString &paragraph, const QString &next, PlainTextReader::Wrapping wrapping)
{
    if (paragraph.endsWith(QChar(0x00AD))) {
        paragraph.chop(1);
        paragraph += next;
        return;
    }
    if (paragraph.size() >= 2 && paragraph.endsWith(u'-')
        && paragraph.at(paragraph.size() - 2).isLetter() && !next.isEmpty()
        && next.front().isLetter()) {
        if (wrapping == PlainTextReader::Wrapping::Pdf && next.front().isLower())
            paragraph.chop(1);
        paragraph += next;
        return;
    }
    paragraph += QLatin1Char(' ');
    paragraph += next;
}

} // namespace

QList<SourceBlock> PlainTextReader::paragraphs(const QString &text,
                                               Wrapping wrapping,
                                               bool trackOffsets)
{
    // Lines, with blank lines as empty entries (a form feed is one too).
    QList<Line> lines;
    qsizetype start = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i <= n; ++i) {
        const bool end = i == n;
        const QChar c = end ? QChar() : text.at(i);
        if (!end && c != u'\n' && c != u'\r' && c != QChar(0x2028) && c != QChar(0x2029)
            && c != u'\f')
            continue;
        qsizetype leading = 0;
        Line line;
        line.text = cleanLine(QStringView(text).mid(start, i - start), &leading);
        line.offset = start + leading;
        const QRegularExpressionMatch bullet = bulletPattern().match(line.text);
        if (bullet.hasMatch() && bullet.capturedEnd(0) < line.text.size()) {
            line.bullet = true;
            line.offset += bullet.capturedEnd(0);
            line.text = line.text.mid(bullet.capturedEnd(0));
        }
        lines.append(line);
        if (c == u'\f' || c == QChar(0x2029))
            lines.append(Line());
        if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
            ++i;
        start = i + 1;
    }

    // The wrap width: most lines of hard-wrapped text end near it.
    QList<qsizetype> lengths;
    for (const Line &line : lines) {
        if (!line.text.isEmpty())
            lengths.append(line.text.size());
    }
    if (lengths.isEmpty())
        return {};
    std::sort(lengths.begin(), lengths.end());
    const qsizetype width = lengths.at((lengths.size() * 9 + 9) / 10 - 1);
    // Hard-wrapped text: most lines that continue into another line end near
    // the wrap width. Text with one paragraph per line varies far more.
    bool wrapped = wrapping == Wrapping::Pdf;
    if (!wrapped && lengths.size() >= 3 && width >= 30 && width <= 100) {
        qsizetype continuing = 0;
        qsizetype nearWidth = 0;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            if (lines.at(i).text.isEmpty() || lines.at(i + 1).text.isEmpty())
                continue;
            ++continuing;
            nearWidth += lines.at(i).text.size() * 10 >= width * 7;
        }
        wrapped = continuing >= 2 && nearWidth * 10 >= continuing * 6;
    }

    QList<SourceBlock> blocks;
    SourceBlock current;
    bool open = false;
    auto flush = [&] {
        if (open)
            blocks.append(current);
        open = false;
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &line = lines.at(i);
        if (line.text.isEmpty()) {
            flush();
            continue;
        }
        if (open && !line.bullet) {
            const Line &previous = lines.at(i - 1);
            const QString &a = previous.text;
            const qsizetype len = a.size();
            bool join = false;
            if (a == line.text) {
                join = false; // a repeated line is a caption, handled by the clutter filter
            } else if ((a.endsWith(u'-') || a.endsWith(QChar(0x00AD)))
                       && line.text.front().isLetter() && len >= width / 2) {
                join = true;
            } else if (startsLower(line.text) && !ClutterFilter::endsSentence(a)) {
                join = true;
            } else if (wrapped) {
                if (len * 100 >= width * 85)
                    join = true;
                else if (len * 2 >= width && !ClutterFilter::endsSentence(a)
                         && !(isTitleCase(a) && line.text.front().isUpper()))
                    join = true;
            }
            if (join) {
                appendLine(current.text, line.text, wrapping);
                continue;
            }
        }
        flush();
        current = SourceBlock{line.text,
                              line.bullet ? TextBlock::Kind::ListItem : TextBlock::Kind::Paragraph,
                              trackOffsets ? line.offset : -1};
        open = true;
    }
    flush();
    if (wrapping == Wrapping::Pdf) {
        for (SourceBlock &block : blocks)
            block.text.remove(QChar(0x00AD));
    }
    return blocks;
}

Document PlainTextReader::read(const QString &text)
{
    Document document;
    document.format = QStringLiteral("text");
    ArticleAssembler::assemble(document, paragraphs(text, Wrapping::Text));
    return document;
}

} // namespace Faultline
