#include "core/ingest/articleassembler.h"

#include "core/ingest/clutterfilter.h"
#include "core/ingest/datelineparser.h"
#include "core/ingest/datetextparser.h"

#include <QRegularExpression>

namespace Faultline {

namespace {

const QRegularExpression &stampPattern()
{
    static const QRegularExpression
        re(QStringLiteral(
               "^\\W*(?<kind>first published|published|last updated|updated|posted|"
               "last modified|modified|date(?=\\s*:))\\b\\s*(?:on|at)?\\s*:?\\s*(?<rest>.*)$"),
           QRegularExpression::CaseInsensitiveOption);
    return re;
}

qsizetype wordCount(const QString &text)
{
    return ClutterFilter::words(ClutterFilter::normalise(text)).size();
}

// A paragraph of running text, not a label or a headline.
bool isProse(const QString &text)
{
    const qsizetype words = wordCount(text);
    return words >= 15 || (words >= 6 && ClutterFilter::endsSentence(text));
}

} // namespace

bool ArticleAssembler::looksLikeTitle(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.size() > 200)
        return false;
    const QStringList w = ClutterFilter::words(ClutterFilter::normalise(t));
    if (w.isEmpty() || w.size() > 25)
        return false;
    const QChar last = t.back();
    return last != u'.' && last != u',' && last != u';' && last != u':';
}

void ArticleAssembler::assemble(Document &document,
                                QList<SourceBlock> blocks,
                                const Options &options)
{
    ClutterFilter().apply(blocks, &document.credits, &document.authors);

    // "Published: 14 September 2020", "Updated 10:32 GMT, Sept. 14, 2020" or a
    // line that is only a date, near the top or at the very end.
    std::optional<qint64> published;
    std::optional<qint64> updated;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        if (i >= 8 && i < blocks.size() - 3)
            continue;
        const QString &text = blocks.at(i).text;
        if (ClutterFilter::words(ClutterFilter::normalise(text)).size() > 16)
            continue;
        const QRegularExpressionMatch m = stampPattern().match(text);
        bool drop = false;
        if (m.hasMatch() && !ClutterFilter::endsSentence(m.captured(u"rest"))) {
            const auto date = DateTextParser::find(m.captured(u"rest"));
            const std::optional<qint64> jd = date ? DateTextParser::julianDay(*date) : std::nullopt;
            const QString kind = m.captured(u"kind").toLower();
            if (kind.contains(QLatin1String("updated")) || kind.contains(QLatin1String("modif"))) {
                if (!updated)
                    updated = jd;
            } else if (!published) {
                published = jd;
            }
            drop = date.has_value() || m.captured(u"rest").size() < 40;
        } else if (i < 8) {
            if (const auto date = DateTextParser::parseWhole(text)) {
                if (!published)
                    published = DateTextParser::julianDay(*date);
                drop = true;
            }
        }
        if (drop) {
            blocks.removeAt(i);
            --i;
        }
    }
    if (!document.publishedDay && published)
        document.publishedDay = published;
    if (!document.publishedDay && updated) {
        document.publishedDay = updated;
        document.warnings.append(tr("Only the date of the last update is known; it is used as "
                                    "the publication date."));
    }

    // Title: the metadata's, found again in the first blocks, or a short first line.
    qsizetype titleIndex = -1;
    if (!document.title.isEmpty()) {
        const QString norm = ClutterFilter::normalise(document.title);
        for (qsizetype i = 0; i < qMin<qsizetype>(blocks.size(), 6); ++i) {
            if (ClutterFilter::normalise(blocks.at(i).text) == norm) {
                titleIndex = i;
                break;
            }
        }
        if (titleIndex < 0) {
            blocks.prepend(SourceBlock{document.title.simplified(), TextBlock::Kind::Title, -1});
            titleIndex = 0;
        }
    } else if (options.titleFromFirstHeading) {
        for (qsizetype i = 0; i < qMin<qsizetype>(blocks.size(), 6); ++i) {
            if (blocks.at(i).kind == TextBlock::Kind::Heading) {
                titleIndex = i;
                break;
            }
        }
    }
    // Before the first paragraph of prose, a page has its headline among
    // section labels, kickers and breadcrumbs ("World", "Home | Europe").
    const qsizetype firstProse = [&blocks] {
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            if (isProse(blocks.at(i).text))
                return i;
        }
        return blocks.size();
    }();
    if (titleIndex < 0 && document.title.isEmpty() && options.detectTitle && blocks.size() >= 2) {
        qsizetype bestWords = 0;
        for (qsizetype i = 0; i < qMin<qsizetype>(firstProse, 8); ++i) {
            const SourceBlock &block = blocks.at(i);
            if (block.kind == TextBlock::Kind::ListItem || !looksLikeTitle(block.text)
                || DatelineParser::parse(block.text))
                continue;
            const qsizetype words = wordCount(block.text);
            if (words > bestWords) {
                bestWords = words;
                titleIndex = i;
            }
        }
    }
    // The other short non-sentences before the prose are page furniture.
    for (qsizetype i = firstProse < blocks.size() ? firstProse - 1 : -1; i >= 0; --i) {
        const SourceBlock &block = blocks.at(i);
        if (i == titleIndex || block.kind == TextBlock::Kind::ListItem
            || ClutterFilter::endsSentence(block.text) || wordCount(block.text) > 8
            || DatelineParser::parse(block.text))
            continue;
        blocks.removeAt(i);
        if (titleIndex > i)
            --titleIndex;
    }
    if (titleIndex >= 0) {
        SourceBlock title = blocks.takeAt(titleIndex);
        title.kind = TextBlock::Kind::Title;
        if (document.title.isEmpty())
            document.title = title.text;
        blocks.prepend(title);
    }

    // Dateline in one of the first paragraphs.
    const qsizetype firstBody = titleIndex >= 0 ? 1 : 0;
    for (qsizetype i = firstBody; i < qMin<qsizetype>(blocks.size(), firstBody + 3); ++i) {
        if (blocks.at(i).kind != TextBlock::Kind::Paragraph)
            continue;
        const std::optional<Dateline> dateline = DatelineParser::parse(blocks.at(i).text);
        if (!dateline)
            continue;
        document.dateline = dateline;
        if (document.outlet.isEmpty())
            document.outlet = dateline->outlet;
        if (!document.publishedDay && dateline->year)
            document.publishedDay = DateTextParser::julianDay(
                PartialDate{dateline->year, dateline->month, dateline->day});
        if (dateline->length >= blocks.at(i).text.size()) {
            blocks[i].kind = TextBlock::Kind::Dateline;
            break;
        }
        SourceBlock head = blocks.at(i);
        head.text = head.text.left(dateline->length).trimmed();
        head.kind = TextBlock::Kind::Dateline;
        SourceBlock &body = blocks[i];
        body.text = body.text.mid(dateline->length);
        if (body.sourceOffset >= 0)
            body.sourceOffset += dateline->length;
        blocks.insert(i, head);
        break;
    }

    // Layout: blocks separated by a blank line, except that a dateline runs
    // into its paragraph as it does on the page.
    document.text.clear();
    document.blocks.clear();
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const SourceBlock &block = blocks.at(i);
        if (!document.text.isEmpty())
            document.text += (i > 0 && blocks.at(i - 1).kind == TextBlock::Kind::Dateline)
                                 ? QStringLiteral(" ")
                                 : QStringLiteral("\n\n");
        TextBlock tb;
        tb.begin = document.text.size();
        document.text += block.text;
        tb.end = document.text.size();
        tb.kind = block.kind;
        tb.sourceOffset = block.sourceOffset;
        document.blocks.append(tb);
    }
}

} // namespace Faultline
