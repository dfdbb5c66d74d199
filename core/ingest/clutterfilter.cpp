#include "core/ingest/clutterfilter.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Faultline {

namespace {

// Sixty words of up to ten characters: longer blocks are prose.
constexpr qsizetype kMaxClutterLength = 660;

bool hasLetterOrDigit(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

bool hasQuote(const QString &text)
{
    return text.contains(u'"') || text.contains(u'“') || text.contains(u'”') || text.contains(u'«');
}

QStringList splitNames(QString text)
{
    QStringList names;
    text.replace(QRegularExpression(QStringLiteral("\\s+(?:and|&)\\s+")), QStringLiteral(","));
    for (QString part : text.split(QRegularExpression(QStringLiteral("[,;]")))) {
        // "Hamid Shalizi in Kabul" -> "Hamid Shalizi"
        static const QRegularExpression inPlace(QStringLiteral("\\s+(?:in|from)\\s+\\S.*$"));
        part.remove(inPlace);
        part = part.trimmed();
        while (!part.isEmpty() && !part.front().isLetterOrNumber())
            part.remove(0, 1);
        while (part.endsWith(QLatin1Char('.')) || part.endsWith(QLatin1Char(')')))
            part.chop(1);
        part = part.trimmed();
        if (!part.isEmpty() && part.size() <= 60)
            names.append(part);
    }
    return names;
}

} // namespace

ClutterFilter::ClutterFilter(const BoilerplateLexicon &lexicon)
    : m_lexicon(lexicon)
{}

QString ClutterFilter::normalise(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()
            || ((c == u'-' || c == u'\'' || c == u'’') && !out.isEmpty() && !space)) {
            if (space && !out.isEmpty())
                out.append(QLatin1Char(' '));
            space = false;
            out.append(c.toLower());
        } else {
            space = true;
        }
    }
    while (out.endsWith(QLatin1Char('-')) || out.endsWith(QLatin1Char('\'')))
        out.chop(1);
    return out;
}

QStringList ClutterFilter::words(const QString &normalised)
{
    return normalised.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool ClutterFilter::endsSentence(const QString &text)
{
    QString t = text.trimmed();
    while (!t.isEmpty()
           && (t.endsWith(u'"') || t.endsWith(u'”') || t.endsWith(u'\'') || t.endsWith(u'’')
               || t.endsWith(u')') || t.endsWith(u'»')))
        t.chop(1);
    return t.endsWith(u'.') || t.endsWith(u'!') || t.endsWith(u'?') || t.endsWith(u'…');
}

bool ClutterFilter::isUiLine(const QString &text) const
{
    const QString norm = normalise(text);
    if (m_lexicon.isUiLine(norm))
        return true;
    if (endsSentence(text))
        return false;
    const QStringList w = words(norm);
    if (w.isEmpty() || w.size() > 12)
        return false;
    const qsizetype colon = text.indexOf(u':');
    if (colon > 0 && m_lexicon.isLabelPrefix(normalise(text.left(colon))))
        return true;
    return std::all_of(w.cbegin(), w.cend(), [this](const QString &word) {
        return m_lexicon.isUiWord(word);
    });
}

bool ClutterFilter::isMediaMarker(const QString &text) const
{
    static const QRegularExpression captionPrefix(
        QStringLiteral("^\\W*(?:image|photo|photograph|picture|video|media|file photo|credit)\\s*"
                       "(?:caption|credit|source)?\\s*[:,|]"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression aspect(QStringLiteral("\\b\\d{1,4}\\s*[x×:]\\s*\\d{1,4}\\b"));
    // A photo credit inside a short block marks a caption: "Smoke rises over
    // the city. Photograph: A. Name/Agency".
    static const QRegularExpression
        credit(QStringLiteral(
                   "\\b(?:photo|photograph|picture|image)(?:\\s+credit)?\\s*:\\s*\\p{Lu}"),
               QRegularExpression::CaseInsensitiveOption);
    const QStringList w = words(normalise(text));
    if (w.size() <= 40 && captionPrefix.match(text).hasMatch())
        return true;
    if (w.size() <= 50 && credit.match(text).hasMatch())
        return true;
    if (w.size() > 6 || endsSentence(text))
        return false;
    if (aspect.match(text).hasMatch())
        return true;
    return std::any_of(w.cbegin(), w.cend(), [this](const QString &word) {
        return m_lexicon.isMediaWord(word);
    });
}

bool ClutterFilter::isNotice(const QString &text) const
{
    if (words(normalise(text)).size() > 60)
        return false;
    return m_lexicon.containsNoticePhrase(text.toLower());
}

bool ClutterFilter::isOutletBoilerplate(const QString &text) const
{
    const QString lower = text.toLower();
    if (m_lexicon.containsOutletPhrase(lower))
        return true;
    if (hasQuote(text))
        return false;
    // The outlet speaking of itself: "we"/"our" with words about journalism.
    // Case-sensitive, so that "US" (the country) is not "us".
    static const QRegularExpression firstPlural(QStringLiteral("\\b(?:we|We|our|Our|us)\\b"));
    const QStringList w = words(normalise(text));
    const bool we = firstPlural.match(text).hasMatch();
    const bool aboutMedia = std::any_of(w.cbegin(), w.cend(), [this](const QString &x) {
        return m_lexicon.isOutletVoiceWord(x);
    });
    return we && aboutMedia;
}

std::optional<QStringList> ClutterFilter::creditNames(const QString &text) const
{
    QString t = text.trimmed();
    if (t.startsWith(u'(') && t.endsWith(u')'))
        t = t.mid(1, t.size() - 2);
    if (words(normalise(t)).size() > 30)
        return std::nullopt;
    QString lower = t.toLower();
    const QString prefix = m_lexicon.creditPrefix(lower);
    if (prefix.isEmpty())
        return std::nullopt;
    QStringList names;
    // "Reporting by A in Kabul; Editing by B": every part may carry its own prefix.
    for (QString part : t.split(QLatin1Char(';'))) {
        part = part.trimmed();
        const QString p = m_lexicon.creditPrefix(part.toLower());
        if (!p.isEmpty())
            part = part.mid(p.size());
        // Names are capitalised: "Reporting by local media suggested ..." is a sentence.
        static const QSet<QString> joiners = {QStringLiteral("and"),
                                              QStringLiteral("in"),
                                              QStringLiteral("from"),
                                              QStringLiteral("of"),
                                              QStringLiteral("the"),
                                              QStringLiteral("with"),
                                              QStringLiteral("de"),
                                              QStringLiteral("al"),
                                              QStringLiteral("bin"),
                                              QStringLiteral("van"),
                                              QStringLiteral("von"),
                                              QStringLiteral("da")};
        static const QRegularExpression wordPattern(QStringLiteral("[\\p{L}][\\p{L}'’.\\-]*"));
        for (auto it = wordPattern.globalMatch(part); it.hasNext();) {
            const QString word = it.next().captured(0);
            if (word.front().isLower() && !joiners.contains(word))
                return std::nullopt;
        }
        names += splitNames(part);
    }
    return names;
}

std::optional<QStringList> ClutterFilter::bylineNames(const QString &text)
{
    static const QRegularExpression byline(
        QStringLiteral("^By\\s+(\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’\\-]*|de|van|von|"
                       "al|bin|and|&|,)){0,12})\\s*(?:[,|]\\s*(.{0,60}))?$"));
    const QString t = text.trimmed();
    if (endsSentence(t))
        return std::nullopt;
    const QRegularExpressionMatch m = byline.match(t);
    if (!m.hasMatch() || words(normalise(t)).size() > 14)
        return std::nullopt;
    // What follows the names is an outlet or a role ("Associated Press"),
    // not a clause ("By Monday, the rebels had left").
    static const QRegularExpression lowerWord(
        QStringLiteral("(?:^|\\s)(?!and\\b|of\\b|the\\b|in\\b)\\p{Ll}"));
    if (lowerWord.match(m.captured(2)).hasMatch())
        return std::nullopt;
    return splitNames(m.captured(1));
}

void ClutterFilter::apply(QList<SourceBlock> &blocks,
                          QStringList *credits,
                          QStringList *authors) const
{
    QList<SourceBlock> kept;
    kept.reserve(blocks.size());
    QSet<QString> seenShort;
    QString previousNorm;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        SourceBlock &block = blocks[i];
        block.text = block.text.trimmed();
        if (!hasLetterOrDigit(block.text))
            continue;
        // Every clutter rule is about short blocks (at most 60 words); long
        // paragraphs skip them, which keeps big files fast.
        const bool shortBlock = block.text.size() <= kMaxClutterLength;
        if (shortBlock
            && (isNotice(block.text) || isUiLine(block.text) || isMediaMarker(block.text)))
            continue;
        if (const auto names = shortBlock ? creditNames(block.text) : std::nullopt) {
            if (credits)
                *credits += *names;
            continue;
        }
        if (shortBlock && kept.size() < 6) {
            if (const auto names = bylineNames(block.text)) {
                if (authors)
                    *authors += *names;
                continue;
            }
        }
        const QString norm = normalise(block.text);
        if (norm == previousNorm) {
            // A line repeated at once is an image caption shown twice (as alt
            // text and as caption); a repeated heading keeps one copy.
            if (endsSentence(block.text) && !kept.isEmpty()
                && kept.last().kind != TextBlock::Kind::Title) {
                kept.removeLast();
                previousNorm.clear();
            }
            continue;
        }
        if (block.text.size() < 200 && seenShort.contains(norm))
            continue;
        if (block.text.size() < 200)
            seenShort.insert(norm);
        previousNorm = norm;
        kept.append(block);
    }

    // The outlet's description of itself, sign-up calls and copyright lines
    // close many pages; they sit after the last paragraph of the article.
    int dropped = 0;
    while (kept.size() > 1 && dropped < 4 && isOutletBoilerplate(kept.last().text)) {
        kept.removeLast();
        ++dropped;
    }
    blocks = kept;
}

} // namespace Faultline
