#pragma once

#include <QString>

namespace Faultline {

// Text from articles (titles, actor names, file names) made safe for a tooltip.
// QToolTip guesses rich text from the first tag it sees, so "<img src=...>" in a
// title would be rendered (and loaded); such text is escaped and wrapped so it
// shows the characters it is made of. Text without '<' or '&' is returned as is.
class ToolTipText
{
public:
    static QString fromPlainText(const QString &text);
};

} // namespace Faultline
