#pragma once

#include "core/model/datespan.h"

#include <QString>

namespace Faultline {

// One time expression found in a text, in the manner of a TimeML TIMEX3.
struct TimeExpression
{
    enum class Type { Date, Time, Duration, Set };

    qsizetype begin = 0; // UTF-16 offsets into the full text
    qsizetype end = 0;
    QString text;
    Type type = Type::Date;
    QString value; // TIMEX3 value: "2020-09-14", "2020-W37-WE", "P19Y", "XXXX-02", "PAST_REF"
    QString mod;   // TIMEX3 mod: "START", "MID", "END", "APPROX", "MORE_THAN", ... or empty
    DateSpan span; // the resolved dates; invalid when unresolved or not a date
    bool relative = false; // resolved against the reference date or an earlier date
    DateSpan::Qualifier qualifier = DateSpan::Qualifier::None;

    // "DATE", "TIME", "DURATION", "SET"
    static QString typeName(Type type)
    {
        switch (type) {
        case Type::Date:
            return QStringLiteral("DATE");
        case Type::Time:
            return QStringLiteral("TIME");
        case Type::Duration:
            return QStringLiteral("DURATION");
        case Type::Set:
            return QStringLiteral("SET");
        }
        return {};
    }
};

} // namespace Faultline
