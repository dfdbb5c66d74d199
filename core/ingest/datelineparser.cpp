#include "core/ingest/datelineparser.h"

#include "core/ingest/datetextparser.h"

#include <QRegularExpression>

namespace Faultline {

namespace {

bool isAllCaps(QStringView text)
{
    int letters = 0;
    for (const QChar c : text) {
        if (c.isLetter()) {
            if (!c.isUpper())
                return false;
            ++letters;
        }
    }
    return letters >= 2;
}

const QRegularExpression &datelinePattern()
{
    // place: up to four capitalised words, optionally ", Region" of up to
    // three; then an optional ", date"; then an optional "(Agency)"; then a
    // dash or colon. A dateline never runs over 80 characters.
    static const QRegularExpression re(QStringLiteral(
        "^(?<place>\\p{Lu}[\\p{L}'’./\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’./\\-]*|de|del|al|el|es|la|"
        "upon|on|am))*"
        "(?:,\\s*\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|of|the|de|del|do|"
        "da|and)){0,4})?)"
        "(?:,\\s*(?<date>[^()\\-–—:,]{3,32}?(?:,\\s*\\d{4})?))?"
        "\\s*(?:\\((?<outlet>[\\p{L}\\d][\\p{L}\\d/&.'\\- ]{0,30})\\))?"
        "\\s*(?<dash>[-–—]+|:)(?:\\s+|$)"));
    return re;
}

const QRegularExpression &outletOnlyPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^\\((?<outlet>\\p{Lu}[\\p{L}\\d/&.'\\- ]{0,30})\\)\\s*[-–—]+\\s+"));
    return re;
}

const QRegularExpression &weekdayPattern()
{
    static const QRegularExpression re(QStringLiteral(
                                           "^(?:mon|tues|wednes|thurs|fri|satur|sun)day$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

std::optional<Dateline> DatelineParser::parse(QStringView paragraph)
{
    const QRegularExpressionMatch only = outletOnlyPattern().match(paragraph);
    if (only.hasMatch()) {
        Dateline d;
        d.outlet = only.captured(u"outlet").trimmed();
        d.length = only.capturedEnd(0);
        return d;
    }

    const QRegularExpressionMatch m = datelinePattern().match(paragraph);
    if (!m.hasMatch() || m.capturedEnd(0) > 80)
        return std::nullopt;
    // The text after a dateline starts a sentence (or the dateline stands
    // alone, as in pages that set it apart).
    if (m.capturedEnd(0) < paragraph.size()) {
        const QChar next = paragraph.at(m.capturedEnd(0));
        if (!(next.isUpper() || next.isDigit() || next == u'"' || next == u'“' || next == u'\''))
            return std::nullopt;
    }

    Dateline d;
    d.place = m.captured(u"place").trimmed();
    d.outlet = m.captured(u"outlet").trimmed();
    const QString dateText = m.captured(u"date").trimmed();
    const bool colon = m.captured(u"dash") == QLatin1String(":");

    // Without an agency, only an all-caps place with a dash is a dateline;
    // "Officials said: ..." or "Meanwhile, Kabul -" are not.
    const QString placeHead = d.place.section(QLatin1Char(','), 0, 0);
    if (d.outlet.isEmpty() && (colon || !isAllCaps(placeHead)))
        return std::nullopt;
    if (d.place.size() > 50 || placeHead.split(QLatin1Char(' ')).size() > 4)
        return std::nullopt;

    if (!dateText.isEmpty()) {
        const std::optional<PartialDate> date = DateTextParser::parseWhole(dateText);
        if (date) {
            d.year = date->year;
            d.month = date->month;
            d.day = date->day;
        } else if (!weekdayPattern().match(dateText).hasMatch()) {
            // A second comma part that is neither a date nor a weekday: a
            // region written with a lower-case word or something else.
            return std::nullopt;
        }
    }
    d.length = m.capturedEnd(0);
    return d;
}

} // namespace Faultline
