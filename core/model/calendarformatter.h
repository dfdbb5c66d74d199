#pragma once

#include "core/model/datespan.h"

#include <QCalendar>
#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Faultline {

// Writes Julian days and DateSpans for people: in a calendar system (Gregorian,
// Solar Hijri or Islamic civil) and a locale (month names, digits), at the
// span's precision and with its qualifier. Dates are stored as Julian days; only
// their display depends on the calendar.
class CalendarFormatter
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::CalendarFormatter)

public:
    enum class System { Gregorian, SolarHijri, IslamicCivil };

    // A day in the formatter's calendar; the year is astronomical (0 is the
    // year before year 1), as DateSpan counts Gregorian years.
    struct Date
    {
        qint64 year = 0;
        int month = 1;
        int day = 1;
        friend bool operator==(const Date &, const Date &) = default;
    };

    // The application-wide calendar and QLocale() (QLocale::setDefault).
    CalendarFormatter();
    CalendarFormatter(System system, const QLocale &locale);

    // What a default-constructed formatter uses; set from the preferences.
    static System defaultSystem();
    static void setDefaultSystem(System system);

    System system() const { return m_system; }
    const QLocale &locale() const { return m_locale; }
    QCalendar calendar() const { return m_calendar; }

    Date date(qint64 julianDay) const;
    // The first day of a month of the calendar; months past the year's end
    // roll into the next year.
    qint64 julianDay(qint64 year, int month, int day) const;
    int monthsInYear(qint64 year) const;

    // Month names of this calendar in the locale; the year matters only for
    // calendars whose month names depend on it.
    QString monthName(int month,
                      qint64 year,
                      QLocale::FormatType format = QLocale::LongFormat) const;
    QString standaloneMonthName(int month,
                                qint64 year,
                                QLocale::FormatType format = QLocale::LongFormat) const;
    // A number in the locale's digits, without group separators ("2020", "١٤٤٢").
    QString number(qint64 value) const;
    // A year of this calendar: "2020", "1399", "44 BCE"; years before year 1
    // carry the era.
    QString yearText(qint64 year) const;
    // One day, in the locale's long format: "Thursday, 20 August 2020".
    QString dayText(qint64 julianDay) const;
    // A span at its precision with its qualifier: "August 2020", "about 2015",
    // "Mordad – Shahrivar 1399"; "unresolved" for an invalid span.
    QString format(const DateSpan &span) const;
    // As short as a table column wants: days in the locale's short format
    // ("1399/12/5"), longer spans as format() writes them.
    QString compactText(const DateSpan &span) const;

    // Stable keys for settings and the command line ("gregorian", "solar-hijri",
    // "islamic-civil") and translated names for menus.
    static QString systemKey(System system);
    static std::optional<System> systemFromKey(QStringView key);
    static QString systemName(System system);
    static QList<System> systems();

private:
    QString gregorianText(const DateSpan &span) const;
    QString convertedText(const DateSpan &span) const;
    QString monthYearText(const Date &date) const;

    System m_system = System::Gregorian;
    QLocale m_locale;
    QCalendar m_calendar;
};

} // namespace Faultline
