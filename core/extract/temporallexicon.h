#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringView>

#include <optional>
#include <string>
#include <unordered_map>

namespace Faultline {

// The word lists of the temporal tagger (month and weekday names, number
// words, keyword families), loaded once from the :/extract resources.
class TemporalLexicon
{
public:
    // Keyword families; a rule only runs on sentences holding one of its families.
    enum Family : unsigned {
        Digit = 1u << 0,
        Month = 1u << 1,
        Weekday = 1u << 2,
        Unit = 1u << 3,
        Season = 1u << 4,
        Set = 1u << 6,
        TimeOfDay = 1u << 7,
        Reference = 1u << 8,
        RelativeWord = 1u << 9, // last, next, this, past...
        Later = 1u << 10,       // later, earlier, afterwards
        Anaphor = 1u << 11,     // following, previous, same, that...
        Ago = 1u << 12,
        Century = 1u << 13,
        Quarter = 1u << 14,
        Weekend = 1u << 15,
        DayWord = 1u << 16,   // today, yesterday, tomorrow, tonight
        PartOfDay = 1u << 17, // morning, afternoon, evening, night
        Half = 1u << 18,
        Holiday = 1u << 19, // christmas, year (as in New Year's Day)
    };

    static const TemporalLexicon &instance();

    // 1..12 for a month name or abbreviation ("Sept.", "sep", "September"), else 0.
    int month(QStringView word) const;
    // 1 (Monday)..7 for a weekday name or abbreviation, else 0.
    int weekday(QStringView word) const;
    // The value of a number written in digits or words ("19", "2.5", "six",
    // "twenty-five", "a"); nullopt for vague amounts ("several", "a few").
    std::optional<double> number(QStringView phrase) const;
    // 1.. for an ordinal in digits or words ("19th", "nineteenth"), else 0.
    int ordinal(QStringView word) const;

    bool isYearBlocker(QStringView word) const
    {
        return m_yearBlockers.contains(word.toString().toLower());
    }
    bool isCountNoun(QStringView word) const
    {
        return m_countNouns.contains(word.toString().toLower());
    }
    // "Movement" in "the March 23 Movement": a name, not a date.
    bool isNameHead(QStringView word) const
    {
        return m_nameHeads.contains(word.toString().toLower());
    }

    // The keyword families present in a sentence.
    unsigned families(QStringView sentence) const;

    // Regular expression alternations (no groups) for the rules.
    const QString &monthPattern() const { return m_monthPattern; }
    const QString &weekdayPattern() const { return m_weekdayPattern; }       // full names
    const QString &weekdayAnyPattern() const { return m_weekdayAnyPattern; } // with abbreviations
    const QString &numberPattern() const { return m_numberPattern; }         // digits or words
    const QString &ordinalPattern() const { return m_ordinalPattern; }

private:
    TemporalLexicon();

    QHash<QString, int> m_months;
    QHash<QString, int> m_weekdays;
    QHash<QString, int> m_cardinals;
    QHash<QString, int> m_ordinals;
    QSet<QString> m_yearBlockers;
    QSet<QString> m_countNouns;
    QSet<QString> m_nameHeads;
    std::unordered_map<std::u16string, unsigned> m_familyWords;
    QString m_monthPattern;
    QString m_weekdayPattern;
    QString m_weekdayAnyPattern;
    QString m_numberPattern;
    QString m_ordinalPattern;
};

} // namespace Faultline
