#pragma once

#include "app/command.h"

namespace Faultline {

// faultline actors --db WS [--format json|csv]
class ActorsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::ActorsCommand)

public:
    QString name() const override;
    QString summary() const override;
    Exit run(const QStringList &arguments) override;
};

} // namespace Faultline
