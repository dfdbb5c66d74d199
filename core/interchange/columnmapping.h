#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>

namespace Faultline {

// Which column of a generic CSV holds what: the columns are named by their
// header text, so one mapping fits every file with the same header.
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::ColumnMapping)

public:
    enum class Field { Date, EndDate, Title, Actors, Type, Location, Source };
    static constexpr int FieldCount = 7;

    QString column(Field field) const { return m_columns[size_t(field)]; }
    void setColumn(Field field, const QString &header) { m_columns[size_t(field)] = header; }

    // A date and a title are the least an event needs.
    bool isComplete() const;
    // The mapping a header suggests by its names ("date", "start", "headline", ...).
    static ColumnMapping guess(const QStringList &header);

    // For settings: "date=Start;title=Headline" with the header names escaped.
    QString toString() const;
    static ColumnMapping fromString(const QString &text);
    // The settings key of a header: the same for the same columns in the same order.
    static QString headerKey(const QStringList &header);

    static QString fieldKey(Field field);  // "date", "end-date", ...
    static QString fieldName(Field field); // translated, for the mapping dialog
    static bool isRequired(Field field);

    friend bool operator==(const ColumnMapping &, const ColumnMapping &) = default;

private:
    std::array<QString, FieldCount> m_columns;
};

} // namespace Faultline
