#pragma once

#include "app/command.h"

namespace Faultline {

// faultline timex [--published YYYY-MM-DD] [--format json] FILE
// Prints the time expressions in FILE's text as a JSON array of TIMEX3-like
// objects {begin, end, text, type, value}, offsets in Unicode code points.
class TimexCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::TimexCommand)

public:
    QString name() const override;
    QString summary() const override;
    bool takesPaths() const override { return true; }
    Exit run(const QStringList &arguments) override;
};

} // namespace Faultline
