#pragma once

#include "app/command.h"

namespace Faultline {

// faultline events --db WS [--format json|csv] [--from D] [--to D] [--actor NAME] [--type CODE]
class EventsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::EventsCommand)

public:
    QString name() const override;
    QString summary() const override;
    Exit run(const QStringList &arguments) override;
};

} // namespace Faultline
