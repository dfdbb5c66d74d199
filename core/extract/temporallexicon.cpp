#include "core/extract/temporallexicon.h"

#include "core/extract/lexiconfile.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace Faultline {

namespace {

QString normalized(QStringView word)
{
    QString key = word.toString().toLower();
    if (key.endsWith(u'.'))
        key.chop(1);
    return key;
}

// An alternation of words, longest first so that "march" is tried before "mar".
// Abbreviations (words in abbreviated) take an optional period: "Sept.".
QString alternation(QStringList words, const QSet<QString> &abbreviated = {})
{
    std::sort(words.begin(), words.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    words.removeDuplicates();
    QStringList parts;
    for (const QString &word : std::as_const(words)) {
        parts.append(QRegularExpression::escape(word)
                     + (abbreviated.contains(word) ? QStringLiteral("\\.?") : QString()));
    }
    return QStringLiteral("(?:") + parts.join(u'|') + QStringLiteral(")");
}

} // namespace

const TemporalLexicon &TemporalLexicon::instance()
{
    static const TemporalLexicon lexicon;
    return lexicon;
}

TemporalLexicon::TemporalLexicon()
{
    QStringList monthWords;
    QSet<QString> abbreviations;
    for (const QString &line : LexiconFile::lines(QStringLiteral(":/extract/months.txt"))) {
        const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        const int number = words.value(0).toInt();
        for (qsizetype i = 1; i < words.size(); ++i) {
            m_months.insert(words[i], number);
            monthWords.append(words[i]);
            if (i > 1)
                abbreviations.insert(words[i]);
            m_familyWords.emplace(words[i].toStdU16String(), Month);
        }
    }
    QStringList fullDays;
    QStringList allDays;
    for (const QString &line : LexiconFile::lines(QStringLiteral(":/extract/weekdays.txt"))) {
        const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        const int number = words.value(0).toInt();
        for (qsizetype i = 1; i < words.size(); ++i) {
            m_weekdays.insert(words[i], number);
            allDays.append(words[i]);
            if (i > 1)
                abbreviations.insert(words[i]);
            if (i == 1) {
                fullDays.append(words[i]);
                m_familyWords.emplace(words[i].toStdU16String(), Weekday);
                m_familyWords.emplace((words[i] + u's').toStdU16String(), Weekday);
            }
        }
    }
    QStringList cardinals;
    QStringList ordinals;
    for (const QString &line : LexiconFile::lines(QStringLiteral(":/extract/numberwords.txt"))) {
        const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        if (words.size() != 2)
            continue;
        if (words[0].startsWith(QLatin1String("o:"))) {
            m_ordinals.insert(words[0].mid(2), words[1].toInt());
            ordinals.append(words[0].mid(2));
        } else {
            m_cardinals.insert(words[0], words[1].toInt());
            cardinals.append(words[0]);
        }
    }
    for (const QString &line : LexiconFile::lines(QStringLiteral(":/extract/yearblockers.txt")))
        m_yearBlockers.insert(line);
    for (const QString &line : LexiconFile::lines(QStringLiteral(":/extract/countnouns.txt")))
        m_countNouns.insert(line);
    for (const QString &line : LexiconFile::lines(QStringLiteral(":/extract/nameheads.txt")))
        m_nameHeads.insert(line);
    static const QHash<QString, Family> familyNames = {{QStringLiteral("unit"), Unit},
                                                       {QStringLiteral("season"), Season},
                                                       {QStringLiteral("set"), Set},
                                                       {QStringLiteral("timeofday"), TimeOfDay},
                                                       {QStringLiteral("reference"), Reference},
                                                       {QStringLiteral("relativeword"),
                                                        RelativeWord},
                                                       {QStringLiteral("later"), Later},
                                                       {QStringLiteral("anaphor"), Anaphor},
                                                       {QStringLiteral("ago"), Ago},
                                                       {QStringLiteral("century"), Century},
                                                       {QStringLiteral("quarter"), Quarter},
                                                       {QStringLiteral("weekend"), Weekend},
                                                       {QStringLiteral("dayword"), DayWord},
                                                       {QStringLiteral("partofday"), PartOfDay},
                                                       {QStringLiteral("half"), Half},
                                                       {QStringLiteral("holiday"), Holiday}};
    for (const QString &line : LexiconFile::lines(QStringLiteral(":/extract/temporalwords.txt"))) {
        const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        const Family family = familyNames.value(words.value(0), Family(0));
        for (qsizetype i = 1; i < words.size(); ++i)
            m_familyWords[words[i].toStdU16String()] |= family;
    }

    m_monthPattern = alternation(monthWords, abbreviations);
    m_weekdayPattern = alternation(fullDays);
    m_weekdayAnyPattern = alternation(allDays, abbreviations);
    // Tens with an optional unit ("twenty-five"), then single words and vague amounts.
    QStringList tens;
    QStringList units;
    QStringList singles;
    for (auto it = m_cardinals.cbegin(); it != m_cardinals.cend(); ++it) {
        if (it.value() >= 20 && it.value() < 100)
            tens.append(it.key());
        else if (it.value() >= 1 && it.value() <= 9 && it.key().size() > 2)
            units.append(it.key());
        if (it.key() != QLatin1String("a") && it.key() != QLatin1String("an"))
            singles.append(it.key());
    }
    m_numberPattern = QStringLiteral("(?:\\d+(?:\\.\\d+)?|") + alternation(tens)
                      + QStringLiteral("[\\s-]") + alternation(units) + u'|'
                      + alternation(singles).mid(3).chopped(1)
                      + QStringLiteral(
                          "|a\\s+few|a\\s+couple\\s+of|couple\\s+of|a\\s+dozen|few|several|many"
                          "|a|an)");
    m_ordinalPattern = QStringLiteral("(?:\\d{1,2}(?:st|nd|rd|th)|") + alternation(ordinals).mid(3);
}

int TemporalLexicon::month(QStringView word) const
{
    return m_months.value(normalized(word), 0);
}

int TemporalLexicon::weekday(QStringView word) const
{
    QString key = normalized(word);
    if (!m_weekdays.contains(key) && key.endsWith(u's'))
        key.chop(1); // "Fridays"
    return m_weekdays.value(key, 0);
}

std::optional<double> TemporalLexicon::number(QStringView phrase) const
{
    const QString text = phrase.toString().toLower().simplified();
    bool ok = false;
    const double numeric = text.toDouble(&ok);
    if (ok)
        return numeric;
    if (const auto it = m_cardinals.constFind(text); it != m_cardinals.cend())
        return it.value();
    if (text == QLatin1String("a couple of") || text == QLatin1String("couple of"))
        return 2;
    if (text == QLatin1String("a dozen"))
        return 12;
    static const QRegularExpression compound(QStringLiteral("^([a-z]+)[\\s-]([a-z]+)$"));
    const auto match = compound.match(text);
    if (match.hasMatch()) {
        const int tens = m_cardinals.value(match.captured(1), 0);
        const int unit = m_cardinals.value(match.captured(2), 0);
        if (tens >= 20 && unit >= 1 && unit <= 9)
            return tens + unit;
    }
    return std::nullopt;
}

int TemporalLexicon::ordinal(QStringView word) const
{
    const QString text = word.toString().toLower();
    if (!text.isEmpty() && text[0].isDigit()) {
        qsizetype digits = 0;
        while (digits < text.size() && text[digits].isDigit())
            ++digits;
        return text.left(digits).toInt();
    }
    return m_ordinals.value(text, 0);
}

unsigned TemporalLexicon::families(QStringView sentence) const
{
    unsigned result = 0;
    std::u16string word;
    const qsizetype n = sentence.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = sentence[i];
        if (c.isDigit()) {
            result |= Digit;
            ++i;
            continue;
        }
        if (!c.isLetter()) {
            ++i;
            continue;
        }
        const qsizetype begin = i;
        while (i < n && sentence[i].isLetter())
            ++i;
        const qsizetype length = i - begin;
        if (length > 12)
            continue;
        word.clear();
        for (qsizetype k = begin; k < i; ++k) {
            const char16_t c = sentence[k].unicode();
            word.push_back(c >= u'A' && c <= u'Z' ? char16_t(c + 32)
                           : c < 0x80             ? c
                                                  : char16_t(sentence[k].toLower().unicode()));
        }
        const auto it = m_familyWords.find(word);
        if (it != m_familyWords.end())
            result |= it->second;
    }
    return result;
}

} // namespace Faultline
