#include "core/extract/clausesplitter.h"

#include <QRegularExpression>

namespace Faultline {

QList<TextSpan> ClauseSplitter::split(QStringView sentence)
{
    // A boundary starts a new clause at the conjunction itself, so the
    // conjunction stays with the clause it introduces. Commas alone do not cut:
    // appositions ("Pakistan's army chief, General Bajwa,") are not clauses.
    static const QRegularExpression boundary(
        QStringLiteral(
            R"((?:;\s+)|(?:,\s+(?=(?:but|while|whereas|although|though|and then|after which)\b))|)"
            R"((?:\s(?=(?:but|when|after|before|while|whereas|until|although|since)\s))|)"
            R"((?:(?<!\bsuch)(?<!\bknown)(?<!\bsame)(?<!\bjust)\s(?=as\s(?!(?:well|a|an|the|part|long|much|many|soon|far|if|though|of|to|such|possible)\b))))"),
        QRegularExpression::CaseInsensitiveOption);

    QList<TextSpan> clauses;
    qsizetype start = 0;
    auto it = boundary.globalMatch(sentence);
    while (it.hasNext()) {
        const auto match = it.next();
        const qsizetype cut = match.capturedEnd();
        // A clause of one or two words is not a clause ("Shortly after", "But").
        if (sentence.mid(start, match.capturedStart() - start).trimmed().count(u' ') >= 2) {
            clauses.append(TextSpan{start, match.capturedStart()});
            start = cut;
        }
    }
    clauses.append(TextSpan{start, sentence.size()});
    // Trim white space and trailing punctuation at the edges.
    for (TextSpan &clause : clauses) {
        while (clause.begin < clause.end && sentence[clause.begin].isSpace())
            ++clause.begin;
        while (clause.end > clause.begin
               && (sentence[clause.end - 1].isSpace() || sentence[clause.end - 1] == u','))
            --clause.end;
    }
    return clauses;
}

} // namespace Faultline
