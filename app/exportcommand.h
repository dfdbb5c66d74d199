#pragma once

#include "app/command.h"

namespace Faultline {

// faultline export --db WS --view timeline --out FILE.png|.pdf|.svg [--from D] [--to D]
// [--width PX] [--height PX] [--dpi N] [--title T] [--subtitle S] [--lanes MODE]
// [--page a4|letter|a3] [--landscape|--portrait] [--transparent] [--no-legend] [--no-sources]
// faultline export --db WS --format timelinejs|csv|json|acled|gexf|graphml --out FILE
// [--from D] [--to D] [--title T]: data files, written without a GUI application.
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::ExportCommand)

public:
    QString name() const override;
    QString summary() const override;
    // Pictures need one; data formats (--format) do not.
    bool needsGuiApplication(const QStringList &arguments) const override;
    Exit run(const QStringList &arguments) override;
};

} // namespace Faultline
