#include "core/ingest/markdownreader.h"

#include "core/ingest/articleassembler.h"
#include "core/ingest/datetextparser.h"

#include <QRegularExpression>

namespace Faultline {

namespace {

struct RawLine
{
    QString text;
    qsizetype offset = 0;
};

QList<RawLine> splitLines(const QString &text)
{
    QList<RawLine> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text.at(i) != u'\n' && text.at(i) != u'\r')
            continue;
        lines.append(RawLine{text.mid(start, i - start), start});
        if (i + 1 < text.size() && text.at(i) == u'\r' && text.at(i + 1) == u'\n')
            ++i;
        start = i + 1;
    }
    return lines;
}

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2
        && ((value.startsWith(u'"') && value.endsWith(u'"'))
            || (value.startsWith(u'\'') && value.endsWith(u'\''))))
        value = value.mid(1, value.size() - 2);
    return value.trimmed();
}

// YAML front matter: only flat "key: value" pairs matter here.
qsizetype readFrontMatter(const QList<RawLine> &lines, Document &document)
{
    if (lines.isEmpty() || lines.first().text.trimmed() != QLatin1String("---"))
        return 0;
    qsizetype end = -1;
    for (qsizetype i = 1; i < lines.size() && end < 0; ++i) {
        const QString line = lines.at(i).text.trimmed();
        if (line == QLatin1String("---") || line == QLatin1String("..."))
            end = i;
    }
    if (end < 0)
        return 0; // no closing line: not front matter
    for (qsizetype i = 1; i < end; ++i) {
        const QString line = lines.at(i).text;
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0 || line.front().isSpace())
            continue;
        const QString key = line.left(colon).trimmed().toLower();
        const QString value = unquote(line.mid(colon + 1));
        if (value.isEmpty())
            continue;
        if (key == QLatin1String("title") || key == QLatin1String("headline")) {
            document.title = value;
        } else if (key == QLatin1String("date") || key == QLatin1String("published")
                   || key == QLatin1String("datepublished")
                   || key == QLatin1String("published_at")) {
            if (const auto date = DateTextParser::find(value))
                document.publishedDay = DateTextParser::julianDay(*date);
        } else if (key == QLatin1String("source") || key == QLatin1String("outlet")
                   || key == QLatin1String("publisher") || key == QLatin1String("site")) {
            document.outlet = value;
        } else if (key == QLatin1String("url") || key == QLatin1String("link")
                   || key == QLatin1String("canonical") || key == QLatin1String("source_url")) {
            document.url = value;
        } else if (key == QLatin1String("author") || key == QLatin1String("byline")) {
            document.authors.append(value);
        }
    }
    return end + 1;
}

} // namespace

QString MarkdownReader::stripInline(const QString &line)
{
    static const QRegularExpression image(
        QStringLiteral("!\\[[^\\]]*\\](?:\\([^)]*\\)|\\[[^\\]]*\\])"));
    static const QRegularExpression link(
        QStringLiteral("\\[([^\\]]+)\\](?:\\([^)]*\\)|\\[[^\\]]*\\])"));
    static const QRegularExpression autolink(QStringLiteral("<((?:https?|mailto):[^>\\s]+)>"));
    static const QRegularExpression code(QStringLiteral("`+([^`]+)`+"));
    static const QRegularExpression strong(QStringLiteral("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"));
    static const QRegularExpression emStar(QStringLiteral("\\*(?=\\S)(.+?)(?<=\\S)\\*"));
    static const QRegularExpression emUnderscore(
        QStringLiteral("(?<![\\p{L}\\p{N}])_(?=\\S)(.+?)(?<=\\S)_(?![\\p{L}\\p{N}])"));
    static const QRegularExpression strike(QStringLiteral("~~(.+?)~~"));
    static const QRegularExpression tag(QStringLiteral("</?[A-Za-z][^>]*>"));

    // Escaped characters are literal: hide them from the markup patterns in
    // the private use area and bring them back at the end.
    QString out;
    out.reserve(line.size());
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\' && i + 1 < line.size() && line.at(i + 1).unicode() < 0x80
            && QStringLiteral("\\`*_{}[]()#+-.!>|~").contains(line.at(i + 1))) {
            out.append(QChar(0xE000 + line.at(i + 1).unicode()));
            ++i;
        } else {
            out.append(c);
        }
    }
    out.remove(image);
    out.replace(link, QStringLiteral("\\1"));
    out.replace(autolink, QStringLiteral("\\1"));
    out.replace(code, QStringLiteral("\\1"));
    out.replace(strong, QStringLiteral("\\2"));
    out.replace(emStar, QStringLiteral("\\1"));
    out.replace(emUnderscore, QStringLiteral("\\1"));
    out.replace(strike, QStringLiteral("\\1"));
    out.remove(tag);
    for (QChar &c : out) {
        if (c.unicode() >= 0xE000 && c.unicode() < 0xE080)
            c = QChar(c.unicode() - 0xE000);
    }
    out.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    out.replace(QLatin1String("&quot;"), QLatin1String("\""));
    out.replace(QLatin1String("&#39;"), QLatin1String("'"));
    out.replace(QLatin1String("&lt;"), QLatin1String("<"));
    out.replace(QLatin1String("&gt;"), QLatin1String(">"));
    out.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return out.simplified();
}

Document MarkdownReader::read(const QString &text)
{
    static const QRegularExpression atxHeading(
        QStringLiteral("^\\s{0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$"));
    static const QRegularExpression setextRule(QStringLiteral("^\\s{0,3}(=+|-+)\\s*$"));
    static const QRegularExpression thematicBreak(
        QStringLiteral("^\\s{0,3}([-*_])(?:\\s*\\1){2,}\\s*$"));
    static const QRegularExpression listItem(QStringLiteral("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+"));
    static const QRegularExpression quote(QStringLiteral("^\\s*(?:>\\s?)+"));
    static const QRegularExpression fence(QStringLiteral("^\\s{0,3}(```|~~~)"));
    static const QRegularExpression referenceDefinition(
        QStringLiteral("^\\s{0,3}\\[[^\\]]+\\]:\\s+\\S+"));
    static const QRegularExpression tableSeparator(
        QStringLiteral("^\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)+\\|?\\s*$"));

    Document document;
    document.format = QStringLiteral("markdown");
    const QList<RawLine> lines = splitLines(text);
    const qsizetype first = readFrontMatter(lines, document);

    QList<SourceBlock> blocks;
    SourceBlock current;
    bool open = false;
    bool inFence = false;
    QString fenceMarker;
    auto flush = [&] {
        if (open) {
            current.text = stripInline(current.text);
            if (!current.text.isEmpty())
                blocks.append(current);
        }
        open = false;
    };
    auto startBlock = [&](const QString &content, TextBlock::Kind kind, qsizetype offset) {
        flush();
        current = SourceBlock{content, kind, offset};
        open = true;
    };

    for (qsizetype i = first; i < lines.size(); ++i) {
        QString line = lines.at(i).text;
        const qsizetype offset = lines.at(i).offset;
        const QRegularExpressionMatch fenceMatch = fence.match(line);
        if (fenceMatch.hasMatch()) {
            if (!inFence) {
                flush();
                inFence = true;
                fenceMarker = fenceMatch.captured(1);
            } else if (fenceMatch.captured(1) == fenceMarker) {
                flush();
                inFence = false;
            }
            continue;
        }
        if (inFence) {
            // Code keeps its text, one block per line, unformatted.
            flush();
            if (!line.trimmed().isEmpty())
                blocks.append(SourceBlock{line.simplified(), TextBlock::Kind::Paragraph, offset});
            continue;
        }
        line.remove(quote);
        if (line.trimmed().isEmpty() || referenceDefinition.match(line).hasMatch()
            || tableSeparator.match(line).hasMatch()) {
            flush();
            continue;
        }
        if (const QRegularExpressionMatch m = atxHeading.match(line); m.hasMatch()) {
            startBlock(m.captured(2), TextBlock::Kind::Heading, offset);
            flush();
            continue;
        }
        if (open && current.kind == TextBlock::Kind::Paragraph && !current.text.contains(u'\n')
            && setextRule.match(line).hasMatch()) {
            current.kind = TextBlock::Kind::Heading;
            flush();
            continue;
        }
        if (thematicBreak.match(line).hasMatch()) {
            flush();
            continue;
        }
        if (const QRegularExpressionMatch m = listItem.match(line); m.hasMatch()) {
            startBlock(line.mid(m.capturedEnd(0)),
                       TextBlock::Kind::ListItem,
                       offset + m.capturedEnd(0));
            continue;
        }
        if (line.trimmed().startsWith(u'|')) {
            // A table row is a block of its own, cells separated by a dot.
            QStringList cells = line.trimmed().split(u'|', Qt::SkipEmptyParts);
            for (QString &cell : cells)
                cell = cell.trimmed();
            cells.removeAll(QString());
            startBlock(cells.join(QStringLiteral(" · ")), TextBlock::Kind::Paragraph, offset);
            flush();
            continue;
        }
        if (open) {
            current.text += QLatin1Char(' ');
            current.text += line.trimmed();
        } else {
            qsizetype lead = 0;
            while (lead < line.size() && line.at(lead).isSpace())
                ++lead;
            startBlock(line.trimmed(), TextBlock::Kind::Paragraph, offset + lead);
        }
    }
    flush();

    ArticleAssembler::Options options;
    options.titleFromFirstHeading = true;
    ArticleAssembler::assemble(document, blocks, options);
    return document;
}

} // namespace Faultline
